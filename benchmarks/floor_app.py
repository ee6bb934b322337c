"""The floor for the render benchmark: a bare Streamlit page showing one table (no workbook, no charts)."""

import pandas as pd
import streamlit as st

st.title("Vloer")
st.dataframe(
    pd.DataFrame(
        {"Actie-ID": [f"1.{i % 9 + 1}-{i:02d}" for i in range(78)], "Status": ["Loopt"] * 78, "Eindjaar": [2027] * 78}
    ),
    hide_index=True,
)
