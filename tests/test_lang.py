"""The page is Dutch: ``<html lang="nl">`` from the first byte, on every page, after every navigation (WCAG 3.1.1).

``streamlit run app.py`` serves app.py through ``st.App`` with dashboard/html_lang.py's middleware (app.py is
both the router and the ``st.App``). These tests fail when a Streamlit upgrade changes its index.html or its
server so that the rewrite no longer applies, and when a way of starting the app bypasses it.
"""

from __future__ import annotations

import gzip
import re
import urllib.request
from pathlib import Path

import pytest

from dashboard.html_lang import HtmlLangMiddleware, with_lang
from support.browser import ROOT, browser, settle, streamlit_server
from workbook import contract

#: menu entry -> its URL path, in the order the test clicks them
NAV = {
    "Doelstellingen": "/doelstellingen",
    "Partijen": "/partijen",
    "Budget": "/budget",
    "Tijdlijn": "/tijdlijn",
    "Bijlage voor de Kamer": "/bijlage",
    "Werkboek bijwerken": "/bijwerken",
    "Over": "/over",
    "Overzicht": "/",
}
HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def lang_of(html: str) -> str | None:
    tag = HTML_TAG.search(html)
    found = re.search(r'\slang=["\']([^"\']*)', tag.group(0)) if tag else None
    return found.group(1) if found else None


# --- without a browser --------------------------------------------------------------------------------------
def test_streamlits_own_index_html_still_has_the_lang_attribute_the_middleware_rewrites():
    """A Streamlit upgrade that drops or moves ``<html lang=...>`` (or adds the option we lack) shows up here."""
    from streamlit import file_util

    index = Path(file_util.get_static_dir()) / "index.html"
    html = index.read_bytes()
    assert len(HTML_TAG.findall(html.decode("utf-8"))) == 1
    assert lang_of(html.decode("utf-8")) is not None, (
        "Streamlit's index.html has no <html lang>: see dashboard/html_lang.py"
    )
    rewritten = with_lang(html).decode("utf-8")
    assert lang_of(rewritten) == "nl"
    assert (
        len(rewritten) == len(html.decode("utf-8")) - len(lang_of(html.decode("utf-8"))) + 2
    )  # only the value changed


@pytest.mark.parametrize(
    "tag",
    [
        '<html lang="en">',
        "<html lang='en-US' dir=\"ltr\">",
        '<HTML class="x" lang="en">',
        '<html data-lang="x" lang="en">',
    ],
)
def test_with_lang_sets_only_the_html_tags_lang(tag):
    html = f'<!DOCTYPE html>\n{tag}<head><title>t</title></head><body><p lang="en">x</p></body></html>'.encode()
    out = with_lang(html).decode()
    assert lang_of(out) == "nl"
    assert '<p lang="en">' in out  # nothing after the html tag is touched
    assert 'data-lang="x"' in out or "data-lang" not in tag


def test_app_py_is_an_st_app_with_the_middleware_and_every_start_command_uses_it():
    import importlib.util

    from streamlit.web.server.app_discovery import discover_asgi_app

    assert discover_asgi_app(ROOT / "app.py").is_asgi_app  # `streamlit run app.py` serves it as st.App
    spec = importlib.util.spec_from_file_location("werkagenda_app", ROOT / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imported, not run: the server's view of the file (no router runs)
    assert any(m.cls is HtmlLangMiddleware for m in module.app._user_middleware)
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r'CMD \[.*"run", "app\.py"', dockerfile), "the container must start app.py"
    assert "streamlit run app.py" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- the real server and browser ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server():
    with streamlit_server({"WERKBOEK_PAD": str(contract.CANONICAL_WORKBOOK)}) as base:
        yield base


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "/overzicht", "/doelstellingen?doel=2.2", "/bestaat-niet"])
def test_the_server_sends_every_page_as_dutch_also_when_gzip_is_asked(server, path):
    request = urllib.request.Request(server + path, headers={"Accept-Encoding": "gzip, br"})
    with urllib.request.urlopen(request, timeout=10) as response:
        raw = response.read()
        assert response.headers.get_content_type() == "text/html"
        assert int(response.headers["Content-Length"]) == len(raw)
        body = gzip.decompress(raw) if response.headers.get("Content-Encoding") == "gzip" else raw
    assert lang_of(body.decode("utf-8")) == "nl"


@pytest.mark.browser
def test_the_scripts_and_the_health_check_pass_untouched(server):
    html = urllib.request.urlopen(server, timeout=10).read().decode()
    script = re.search(r'src="\./(static/js/[^"]+\.js)"', html).group(1)
    with urllib.request.urlopen(
        urllib.request.Request(f"{server}/{script}", headers={"Accept-Encoding": "gzip"}), timeout=10
    ) as r:
        assert r.status == 200 and "javascript" in r.headers.get_content_type()
    assert urllib.request.urlopen(f"{server}/_stcore/health", timeout=10).read() == b"ok"


@pytest.mark.browser
def test_lang_is_nl_on_load_after_every_navigation_back_and_reload(server):
    with browser() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        seen: list[str] = []
        # recorded by the document itself before Streamlit's scripts run: the lang the parser saw
        page.add_init_script(
            "document.addEventListener('DOMContentLoaded',"
            " () => { window.__langAtDomReady = document.documentElement.lang; })"
        )
        page.on("load", lambda: seen.append(page.evaluate("() => window.__langAtDomReady")))
        page.goto(f"{server}/overzicht")
        settle(page)
        assert seen == ["nl"] and page.evaluate("document.documentElement.lang") == "nl"
        sidebar = page.locator('[data-testid="stSidebarNav"]')
        for (
            title,
            path,
        ) in NAV.items():  # through the menu: Streamlit changes the page without loading the document again
            sidebar.get_by_role("link", name=title, exact=True).click()
            page.wait_for_function("p => location.pathname === p || location.pathname === p + 'overzicht'", arg=path)
            settle(page)
            assert page.evaluate("document.documentElement.lang") == "nl", title
        page.go_back()
        settle(page)
        assert page.evaluate("document.documentElement.lang") == "nl"
        page.reload()
        settle(page)
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert seen == ["nl", "nl"], (
            seen
        )  # two document loads (the first and the reload), both nl before any script ran
        page.close()


@pytest.mark.browser
def test_the_password_screen_is_dutch_too():
    env = {
        "WERKBOEK_PAD": str(contract.CANONICAL_WORKBOOK),
        "WERKAGENDA_TOEGANG": "wachtwoord",
        "WERKAGENDA_WACHTWOORD": "geheim-123",
    }
    with streamlit_server(env) as base, browser() as chromium:
        page = chromium.new_page()
        page.goto(f"{base}/doelstellingen")
        page.get_by_label("Wachtwoord").wait_for(timeout=60_000)
        assert page.evaluate("document.documentElement.lang") == "nl"
        page.close()
