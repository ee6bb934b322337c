"""Access control: open by default; one shared password, or login through OpenID Connect with an allow-list.

The decision is a pure function (:func:`decide`) of the settings
(:class:`dashboard.config.AppConfig`), the visitor as ``st.user`` describes
them, and what this session proved before; :func:`gate` shows the login
screen Streamlit-side and says whether the app may be shown. Anything that is
set up wrongly shuts the app (fail closed) with a short Dutch message; the
detail goes to the server log, never to the visitor.

- ``open`` (default): everyone sees the app, nothing is asked.
- ``wachtwoord``: one shared password from the settings, compared in constant
  time (:func:`hmac.compare_digest`). The session remembers a token derived
  from the password, so changing the password logs everyone out.
- ``login``: ``st.login`` (OpenID Connect, ``[auth]`` in secrets); only
  addresses on the allow-list (whole addresses, or every address of a domain)
  get in, and never an address the provider marks as unverified.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .config import ACCESS_LOGIN, ACCESS_OPEN, ACCESS_PASSWORD, AppConfig

log = logging.getLogger(__name__)

SESSION_KEY = "toegang_wachtwoord"  #: st.session_state key: the token of the password this session gave
FAIL_DELAY = 1.0  #: seconds to wait after a wrong password (slows guessing)

SCREEN_NONE = "geen"  # access granted: the app is shown
SCREEN_PASSWORD = "wachtwoord"
SCREEN_LOGIN = "login"
SCREEN_DENIED = "geweigerd"
SCREEN_MISCONFIGURED = "onjuist ingesteld"

APP_TITLE = "Werkagenda mbo - actieoverzicht"
MSG_PASSWORD = "Dit dashboard is beveiligd. Vul het wachtwoord in dat u van de beheerder hebt gekregen."
MSG_WRONG_PASSWORD = "Dit wachtwoord klopt niet. Probeer het opnieuw, of vraag het wachtwoord aan de beheerder."
MSG_LOGIN = "Dit dashboard is alleen toegankelijk na inloggen. Log in met uw werkaccount."
MSG_DENIED = (
    "U bent ingelogd als {email}, maar dat adres heeft geen toegang tot dit dashboard. Vraag de beheerder om "
    "toegang, of meld u af en log in met een ander account."
)
MSG_UNVERIFIED = (
    "Uw e-mailadres is bij uw account niet bevestigd; daarom is er geen toegang. Bevestig het adres bij "
    "uw account, of log in met een ander account."
)
MSG_MISCONFIGURED = (
    "De toegang tot dit dashboard is niet goed ingesteld, daarom wordt niets getoond. Neem contact op met de beheerder."
)


@dataclass(frozen=True)
class Decision:
    """Whether the app is shown, else which screen the visitor gets and why (``reason`` is for the log)."""

    granted: bool
    screen: str
    message: str | None = None
    reason: str | None = None


GRANTED = Decision(True, SCREEN_NONE)


def normalise_email(email: object) -> str:
    return str(email or "").strip().casefold()


def email_allowed(email: object, emails: tuple[str, ...] | list[str], domains: tuple[str, ...] | list[str]) -> bool:
    """True for an address on the list or of exactly one of the domains (no sub- or look-alike domains)."""
    address = normalise_email(email)
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return False
    if address in {normalise_email(e) for e in emails}:
        return True
    return domain in {normalise_email(d).lstrip("@") for d in domains}


def password_matches(given: object, expected: str | None) -> bool:
    """Constant-time comparison; an unset or empty expected password matches nothing."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(str(given).encode("utf-8"), expected.encode("utf-8"))


def password_token(expected: str) -> str:
    """What a session keeps after a right password: not the password, and it changes with it."""
    return hmac.new(b"werkagenda-mbo-toegang", expected.encode("utf-8"), hashlib.sha256).hexdigest()


def _misconfigured(reason: str) -> Decision:
    return Decision(False, SCREEN_MISCONFIGURED, MSG_MISCONFIGURED, reason)


def decide(config: AppConfig, user: Mapping[str, Any] | None = None, session_token: str | None = None) -> Decision:
    """The access decision for one visitor. ``user`` is ``st.user`` (a mapping); ``session_token`` what the session
    holds."""
    user = user or {}
    if config.access == ACCESS_OPEN:
        return GRANTED
    if config.access == ACCESS_PASSWORD:
        if not config.password:
            return _misconfigured("toegang = wachtwoord, but no password is set (WERKAGENDA_WACHTWOORD / wachtwoord)")
        if session_token and hmac.compare_digest(str(session_token), password_token(config.password)):
            return GRANTED
        return Decision(False, SCREEN_PASSWORD, MSG_PASSWORD)
    if config.access == ACCESS_LOGIN:
        if not config.auth_configured:
            return _misconfigured("toegang = login, but secrets have no [auth] section for st.login")
        if not (config.allowed_emails or config.allowed_domains):
            return _misconfigured("toegang = login, but the allow-list is empty (WERKAGENDA_TOEGESTAAN / toegestaan)")
        if not user.get("is_logged_in"):
            return Decision(False, SCREEN_LOGIN, MSG_LOGIN)
        email = normalise_email(user.get("email"))
        if user.get("email_verified") is False:
            return Decision(False, SCREEN_DENIED, MSG_UNVERIFIED, f"unverified address {email!r}")
        if email_allowed(email, config.allowed_emails, config.allowed_domains):
            return GRANTED
        return Decision(False, SCREEN_DENIED, MSG_DENIED, f"address {email!r} is not on the allow-list")
    return _misconfigured(f"unknown access mode {config.access!r}; use one of open, wachtwoord, login")


# --- Streamlit side ------------------------------------------------------------------------------------------
def _user() -> Mapping[str, Any]:
    import streamlit as st

    try:
        return st.user.to_dict()
    except Exception:  # no script run context, or no user information at all
        return {}


def _forget_password() -> None:
    import streamlit as st

    st.session_state.pop(SESSION_KEY, None)


def gate(config: AppConfig) -> bool:
    """Show the login screen when needed; True when the app may be shown to this visitor."""
    import streamlit as st

    user = _user()
    decision = decide(config, user, st.session_state.get(SESSION_KEY))
    if decision.granted:
        if config.access in (ACCESS_PASSWORD, ACCESS_LOGIN):
            _account_in_sidebar(config, user)
        return True
    if decision.reason:
        log.warning("Access refused (%s): %s", decision.screen, decision.reason)

    def inloggen() -> None:
        _screen(config, decision, user)

    # The only page this visitor can reach: every URL (also a deep link) shows the login, and Streamlit does
    # not fall back to listing the files in pages/ as a menu.
    st.navigation([st.Page(inloggen, title="Inloggen", icon=":material/lock:", default=True)], position="hidden").run()
    return False


def _screen(config: AppConfig, decision: Decision, user: Mapping[str, Any]) -> None:
    import streamlit as st

    with st.container(width=720):
        _screen_body(config, decision, user)


def _screen_body(config: AppConfig, decision: Decision, user: Mapping[str, Any]) -> None:
    import streamlit as st

    st.title(APP_TITLE, anchor=False)
    if decision.screen == SCREEN_PASSWORD:
        _password_screen(config)
    elif decision.screen == SCREEN_LOGIN:
        st.info(decision.message, icon=":material/lock:")
        st.button(
            "Inloggen",
            icon=":material/login:",
            type="primary",
            key="inloggen",
            on_click=_login,
            args=(config.login_provider,),
        )
    elif decision.screen == SCREEN_DENIED:
        from .text import escape_markdown

        st.error(
            decision.message.format(email=escape_markdown(normalise_email(user.get("email")))), icon=":material/block:"
        )
        st.button("Afmelden", icon=":material/logout:", key="afmelden", on_click=st.logout)
    else:
        st.error(decision.message, icon=":material/error:")


def _login(provider: str | None) -> None:
    import streamlit as st

    if provider:
        st.login(provider)
    else:
        st.login()


def _password_screen(config: AppConfig) -> None:
    import streamlit as st

    st.info(MSG_PASSWORD, icon=":material/lock:")
    with st.form("inloggen", enter_to_submit=True, border=False):
        given = st.text_input("Wachtwoord", type="password", key="wachtwoord_invoer", autocomplete="current-password")
        submitted = st.form_submit_button("Inloggen", icon=":material/login:", type="primary")
    if not submitted:
        return
    if password_matches(given, config.password):
        st.session_state[SESSION_KEY] = password_token(config.password)
        st.session_state.pop("wachtwoord_invoer", None)
        st.rerun()
    time.sleep(FAIL_DELAY)
    st.error(MSG_WRONG_PASSWORD)


def _account_in_sidebar(config: AppConfig, user: Mapping[str, Any]) -> None:
    import streamlit as st

    from .text import escape_markdown

    with st.sidebar:
        if config.access == ACCESS_LOGIN:
            st.caption(f"Ingelogd als {escape_markdown(normalise_email(user.get('email')))}")
            st.button("Afmelden", icon=":material/logout:", key="afmelden", on_click=st.logout, type="tertiary")
        else:
            st.button("Afmelden", icon=":material/logout:", key="afmelden", on_click=_forget_password, type="tertiary")
