"""Access control: the decision as a pure function (table-driven), and the gate in the app (AppTest)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth
from dashboard.config import ACCESS_LOGIN, ACCESS_PASSWORD, AppConfig
from support import sample

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
BASE = AppConfig(workbook_path=Path("w.xlsx"), hosted=False, max_upload_mb=10)
PASSWORD = replace(BASE, access=ACCESS_PASSWORD, password="Correct paard batterij niet")
LOGIN = replace(
    BASE, access=ACCESS_LOGIN, allowed_emails=("anna@minocw.nl",), allowed_domains=("mbo.nl",), auth_configured=True
)
AUTH_SECRETS = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret",
    "client_id": "test-client",
    "client_secret": "test-secret",
    "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
}


def user(email: str | None = None, logged_in: bool = True, **claims) -> dict:
    return {"is_logged_in": logged_in, **({"email": email} if email else {}), **claims}


# --- pure decisions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("anna@minocw.nl", True),
        ("  Anna@MinOCW.NL ", True),  # case and spaces do not matter
        ("piet@minocw.nl", False),  # only that one address of minocw.nl
        ("piet@mbo.nl", True),  # every address of mbo.nl
        ("piet@sub.mbo.nl", False),  # no subdomains
        ("piet@evilmbo.nl", False),  # no look-alike domains
        ("piet@mbo.nl.evil.com", False),
        ("mbo.nl", False),  # not an address
        ("@mbo.nl", False),
        ("", False),
        (None, False),
    ],
)
def test_email_allow_list(email, allowed):
    assert auth.email_allowed(email, LOGIN.allowed_emails, LOGIN.allowed_domains) is allowed


@pytest.mark.parametrize(
    ("given", "expected", "matches"),
    [
        ("geheim", "geheim", True),
        ("Geheim", "geheim", False),
        ("geheim ", "geheim", False),
        ("", "geheim", False),
        (None, "geheim", False),
        ("", "", False),  # an empty password opens nothing
        ("iets", None, False),
        ("wachtwoord-ë€", "wachtwoord-ë€", True),  # any characters
    ],
)
def test_password_comparison(given, expected, matches):
    assert auth.password_matches(given, expected) is matches


def test_password_token_is_not_the_password_and_changes_with_it():
    token = auth.password_token("geheim")
    assert "geheim" not in token and token == auth.password_token("geheim") and token != auth.password_token("geheim2")


@pytest.mark.parametrize(
    ("config", "visitor", "token", "granted", "screen"),
    [
        pytest.param(BASE, {}, None, True, auth.SCREEN_NONE, id="open-by-default"),
        pytest.param(BASE, user("x@y.nl"), None, True, auth.SCREEN_NONE, id="open-ignores-the-user"),
        pytest.param(PASSWORD, {}, None, False, auth.SCREEN_PASSWORD, id="password-asked"),
        pytest.param(
            PASSWORD, {}, auth.password_token(PASSWORD.password), True, auth.SCREEN_NONE, id="password-given-before"
        ),
        pytest.param(
            PASSWORD,
            {},
            auth.password_token("oud wachtwoord"),
            False,
            auth.SCREEN_PASSWORD,
            id="password-changed-since",
        ),
        pytest.param(PASSWORD, {}, "rommel", False, auth.SCREEN_PASSWORD, id="password-forged-token"),
        pytest.param(
            replace(PASSWORD, password=None),
            {},
            None,
            False,
            auth.SCREEN_MISCONFIGURED,
            id="password-mode-without-password",
        ),
        pytest.param(LOGIN, {}, None, False, auth.SCREEN_LOGIN, id="login-no-user"),
        pytest.param(LOGIN, user(logged_in=False), None, False, auth.SCREEN_LOGIN, id="login-logged-out"),
        pytest.param(LOGIN, user("anna@minocw.nl"), None, True, auth.SCREEN_NONE, id="login-listed-address"),
        pytest.param(LOGIN, user("Kees@MBO.nl"), None, True, auth.SCREEN_NONE, id="login-listed-domain"),
        pytest.param(LOGIN, user("kees@elders.nl"), None, False, auth.SCREEN_DENIED, id="login-not-listed"),
        pytest.param(LOGIN, user(), None, False, auth.SCREEN_DENIED, id="login-without-email"),
        pytest.param(
            LOGIN, user("anna@minocw.nl", email_verified=False), None, False, auth.SCREEN_DENIED, id="login-unverified"
        ),
        pytest.param(
            LOGIN, user("anna@minocw.nl", email_verified=True), None, True, auth.SCREEN_NONE, id="login-verified"
        ),
        pytest.param(LOGIN, {}, auth.password_token("x"), False, auth.SCREEN_LOGIN, id="login-ignores-password-token"),
        pytest.param(
            replace(LOGIN, auth_configured=False),
            user("anna@minocw.nl"),
            None,
            False,
            auth.SCREEN_MISCONFIGURED,
            id="login-without-auth-section",
        ),
        pytest.param(
            replace(LOGIN, allowed_emails=(), allowed_domains=()),
            user("anna@minocw.nl"),
            None,
            False,
            auth.SCREEN_MISCONFIGURED,
            id="login-empty-allow-list",
        ),
        pytest.param(
            replace(BASE, access="iedereen"), {}, None, False, auth.SCREEN_MISCONFIGURED, id="unknown-mode-fails-closed"
        ),
    ],
)
def test_decide(config, visitor, token, granted, screen):
    decision = auth.decide(config, visitor, token)
    assert (decision.granted, decision.screen) == (granted, screen)
    if not granted:
        assert decision.message  # always a Dutch sentence for the visitor


def test_misconfiguration_detail_is_for_the_log_not_for_the_visitor():
    decision = auth.decide(replace(LOGIN, auth_configured=False), user("anna@minocw.nl"))
    assert "[auth]" in decision.reason and "[auth]" not in decision.message


# --- the gate in the app ----------------------------------------------------------------------------------------
@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path)))
    for name in ("WERKAGENDA_TOEGANG", "WERKAGENDA_WACHTWOORD", "WERKAGENDA_TOEGESTAAN", "WERKAGENDA_LOGIN_PROVIDER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(auth, "FAIL_DELAY", 0)

    def make(**environ: str) -> AppTest:
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        return AppTest.from_file(APP, default_timeout=60)

    return make


def shows_app(at: AppTest) -> bool:
    return any(c.value == "Getoond werkboek" for c in at.sidebar.caption)


def only_login(at: AppTest) -> None:
    """An unauthenticated visitor: the login screen and nothing of the workbook."""
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == [auth.APP_TITLE]
    assert not shows_app(at)
    assert not at.metric and not at.dataframe and not at.get("vega_lite_chart") and not at.get("download_button")
    assert not at.expander and not at.selectbox


def test_open_default_shows_the_app_without_login(app):
    at = app()
    at.run()
    assert not at.exception and shows_app(at)
    assert [t.value for t in at.title] == ["Overzicht"]
    assert not at.text_input and not [b for b in at.button if b.label in ("Inloggen", "Afmelden")]


def test_password_mode_asks_refuses_then_lets_in(app):
    at = app(WERKAGENDA_WACHTWOORD="Correct paard")
    at.run()
    only_login(at)
    field = at.text_input(key="wachtwoord_invoer")
    assert field.label == "Wachtwoord" and field.proto.type == field.proto.PASSWORD
    assert any(auth.MSG_PASSWORD in i.value for i in at.info)

    field.set_value("correct paard")
    at.button[0].click().run()  # the form's Inloggen button
    only_login(at)
    assert [e.value for e in at.error] == [auth.MSG_WRONG_PASSWORD]

    at.text_input(key="wachtwoord_invoer").set_value("Correct paard")
    at.button[0].click().run()
    assert not at.exception and shows_app(at)
    assert [t.value for t in at.title] == ["Overzicht"]
    assert "wachtwoord_invoer" not in at.session_state  # the typed password is not kept
    at.switch_page("pages/budget.py").run()  # the session stays logged in
    assert [t.value for t in at.title] == ["Budget"]

    at.sidebar.button(key="afmelden").click().run()
    only_login(at)


@pytest.mark.parametrize("page", ["doelstellingen", "budget", "bijwerken", "over"])
def test_password_mode_guards_every_page(app, page):
    at = app(WERKAGENDA_WACHTWOORD="geheim")
    at.switch_page(f"pages/{page}.py").run()  # asked for directly, before any login
    only_login(at)
    assert not at.get("file_uploader")


def test_login_mode_shows_only_the_login_button(app):
    at = app(WERKAGENDA_TOEGESTAAN="@minocw.nl")
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": False}
    at.run()
    only_login(at)
    assert [b.label for b in at.button] == ["Inloggen"]
    assert any(auth.MSG_LOGIN in i.value for i in at.info)


def test_login_mode_guards_a_page_asked_for_directly(app):
    at = app(WERKAGENDA_TOEGESTAAN="@minocw.nl")
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": False}
    at.switch_page("pages/partijen.py").run()
    only_login(at)


def test_login_mode_lets_a_listed_user_in(app):
    at = app(WERKAGENDA_TOEGESTAAN="anna@minocw.nl")
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": True, "email": "Anna@minocw.nl", "name": "Anna"}
    at.run()
    assert not at.exception and shows_app(at)
    assert [t.value for t in at.title] == ["Overzicht"]
    assert "Ingelogd als anna@minocw\\.nl" in [c.value for c in at.sidebar.caption]
    assert at.sidebar.button(key="afmelden").label == "Afmelden"


def test_login_mode_refuses_an_unlisted_user_with_a_way_out(app):
    at = app(WERKAGENDA_TOEGESTAAN="@minocw.nl")
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": True, "email": "[klik](https://evil.example)@elders.nl"}
    at.run()
    only_login(at)
    (message,) = [e.value for e in at.error]
    assert "geen toegang" in message and "[klik](https" not in message  # the address is shown inert
    assert [b.label for b in at.button] == ["Afmelden"]


@pytest.mark.parametrize(
    "environ",
    [
        {"WERKAGENDA_TOEGANG": "login", "WERKAGENDA_TOEGESTAAN": "@minocw.nl"},  # no [auth] in secrets
        {"WERKAGENDA_TOEGANG": "wachtwoord"},  # no password
        {"WERKAGENDA_TOEGANG": "iedereen"},  # a typing error
    ],
)
def test_a_wrong_setup_shows_nothing_but_a_message(app, environ):
    at = app(**environ)
    at.run()
    only_login(at)
    assert [e.value for e in at.error] == [auth.MSG_MISCONFIGURED]
    assert not at.button and not at.text_input


# --- in a real browser ------------------------------------------------------------------------------------------
@pytest.mark.browser
def test_a_deep_link_shows_only_the_password_screen_in_the_browser(tmp_path):
    from support.browser import browser, exception_texts, streamlit_server, wait_for_app

    path = sample.build(tmp_path)
    with (
        streamlit_server({"WERKBOEK_PAD": str(path), "WERKAGENDA_WACHTWOORD": "geheim"}) as base,
        browser() as chromium,
    ):
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{base}/doelstellingen?doel=2.1")  # the server's first request: a deep link
        page.get_by_label("Wachtwoord").wait_for(timeout=30_000)
        wait_for_app(page)
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert auth.APP_TITLE in main and "Gelijkwaardigheid" not in main and "Getoond werkboek" not in page.content()
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0  # no menu, not even the pages/ file names
        page.get_by_label("Wachtwoord").fill("fout")
        page.keyboard.press("Enter")
        page.get_by_text(auth.MSG_WRONG_PASSWORD).wait_for(timeout=30_000)
        page.get_by_label("Wachtwoord").fill("geheim")
        page.keyboard.press("Enter")
        page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
        wait_for_app(page)
        assert page.locator("h1").first.inner_text().strip() == "Overzicht"
        assert exception_texts(page) == []
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("password", ["", "geheim"], ids=["open", "wachtwoord"])
def test_many_first_requests_at_once_all_go_through_the_router(tmp_path, password):
    """Right after a start, Streamlit runs pages/ files without app.py until one session has called
    st.navigation. Visitors who arrive together must still all get app.py: its menu and its access control."""
    from support.browser import browser, exception_texts, streamlit_server, wait_for_app

    path = sample.build(tmp_path)
    names = [
        "overzicht",
        "doelstellingen",
        "partijen",
        "budget",
        "tijdlijn",
        "bijwerken",
        "over",
        "doelstellingen?doel=2.1",
    ]
    env = {"WERKBOEK_PAD": str(path), "WERKAGENDA_WACHTWOORD": password}
    with streamlit_server(env) as base, browser() as chromium:
        pages = [chromium.new_context(viewport={"width": 1280, "height": 800}).new_page() for _ in names]
        for page, name in zip(pages, names):
            page.goto(f"{base}/{name}", wait_until="commit")  # all sessions start before any has finished a run
        for page, name in zip(pages, names):
            if password:
                page.get_by_label("Wachtwoord").wait_for(timeout=60_000)
            else:
                page.get_by_text("Getoond werkboek").wait_for(timeout=60_000)
            wait_for_app(page, timeout_ms=60_000)
            main = page.locator('[data-testid="stMain"]').inner_text()
            nav = page.locator('[data-testid="stSidebarNav"]')
            if password:
                assert nav.count() == 0 and "Getoond werkboek" not in page.content(), name
                assert auth.APP_TITLE in main and "Hoe staan de acties" not in main, name
            else:
                items = [line.strip() for line in nav.inner_text().splitlines() if line.strip()]
                assert "Werkboek bijwerken" in items and "app" not in items, (
                    name,
                    items,
                )  # app.py's menu, not file names
            assert exception_texts(page) == [], name
