"""Toegankelijkheid: the accessibility statement (what is tested, what does not work yet, whom to tell)."""

import streamlit as st

from dashboard import layout, widgets
from views import accessibility as page

layout.start_text_page(page.TITLE, page.INTRO)
view = page.view(layout.config().contact)

for section in view.sections:
    st.header(section.heading, anchor=False)
    st.markdown("\n".join(section.lines))

st.header("Een probleem melden", anchor=False)
contact = widgets.text(view.contact)
if view.contact_address:
    contact = f"[{contact}](mailto:{view.contact_address})"
st.markdown(
    f"Loopt u tegen een probleem aan, of wilt u de informatie in een andere vorm, bijvoorbeeld de tabellen als "
    f"Excel of de bijlage als Word-document? Meld het bij {contact}. Zeg op welke pagina het was en wat u probeerde."
)
st.caption(view.checked)
