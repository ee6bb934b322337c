"""App settings in one place: environment variables first, then st.secrets.

| setting | environment variable | secrets key | default |
|---|---|---|---|
| workbook shown | WERKBOEK_PAD | werkboek_pad | workbook/actieoverzicht.xlsx |
| hosted mode | WERKAGENDA_GEHOST (1/0) | gehost | on when deployed (Community Cloud), else off |
| upload limit (MB) | WERKAGENDA_MAX_UPLOAD_MB | max_upload_mb | 10 (at most 25, server.maxUploadSize) |
| access control | WERKAGENDA_TOEGANG | toegang | open; "wachtwoord" when a password is set, "login" when an allow-list is set |
| shared password | WERKAGENDA_WACHTWOORD | wachtwoord | none |
| allowed e-mail addresses/domains | WERKAGENDA_TOEGESTAAN (comma separated) | toegestaan (list) | none |
| OIDC provider name | WERKAGENDA_LOGIN_PROVIDER | login_provider | none: the unnamed ``[auth]`` section |

Login through OpenID Connect also needs the ``[auth]`` section of
``.streamlit/secrets.toml`` (see Streamlit's ``st.login``). docs/hosting.md
describes every setting for the people who deploy the app.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbook import settings as wb_settings

TRUE_WORDS = {"1", "true", "ja", "yes", "on", "waar"}
FALSE_WORDS = {"0", "false", "nee", "no", "off", "onwaar"}

ACCESS_OPEN = "open"
ACCESS_PASSWORD = "wachtwoord"
ACCESS_LOGIN = "login"
ACCESS_MODES: tuple[str, ...] = (ACCESS_OPEN, ACCESS_PASSWORD, ACCESS_LOGIN)
#: Upload limit of the app (MB) when none is set, and the most it may be set to
#: (the server refuses larger uploads: server.maxUploadSize in .streamlit/config.toml).
DEFAULT_UPLOAD_MB = 10
MAX_UPLOAD_MB = wb_settings.MAX_FILE_BYTES // (1024 * 1024)


@dataclass(frozen=True)
class AppConfig:
    workbook_path: Path
    hosted: bool
    max_upload_mb: int
    #: "open", "wachtwoord" or "login"; any other value (a typing error) is kept and shuts the app (fail closed).
    access: str = ACCESS_OPEN
    password: str | None = field(default=None, repr=False)
    allowed_emails: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    login_provider: str | None = None
    #: True when secrets hold an ``[auth]`` section (needed for login through OpenID Connect).
    auth_configured: bool = False


def _flag(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return default


def running_in_cloud(environ: Mapping[str, str]) -> bool:
    """Streamlit Community Cloud mounts apps under /mount/src."""
    return Path("/mount/src").is_dir() or environ.get("HOSTNAME", "") == "streamlit"


def _get(key_env: str, key_secret: str, environ: Mapping[str, str], secrets: Mapping[str, Any]) -> Any:
    if key_env in environ and environ[key_env] != "":
        return environ[key_env]
    try:
        return secrets.get(key_secret)
    except Exception:  # no secrets file: st.secrets raises on access
        return None


def _words(value: Any) -> list[str]:
    """A list from secrets, or a text separated by commas, semicolons or white space; trimmed, lower case."""
    if value is None:
        return []
    items = (
        value if isinstance(value, (list, tuple, set)) else str(value).replace(";", ",").replace("\n", ",").split(",")
    )
    words = []
    for item in items:
        for word in str(item).split():
            word = word.strip().casefold()
            if word and word not in words:
                words.append(word)
    return words


def split_allow_list(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``["a@x.nl", "@minocw.nl", "mbo.nl"]`` -> (("a@x.nl",), ("minocw.nl", "mbo.nl")).

    An entry with something before the ``@`` is one address; ``@domain`` or a
    bare ``domain`` allows every address of exactly that domain.
    """
    emails: list[str] = []
    domains: list[str] = []
    for word in _words(value):
        if "@" in word.lstrip("@"):
            emails.append(word)
        elif word.lstrip("@"):
            domains.append(word.lstrip("@"))
    return tuple(emails), tuple(domains)


def _has_auth_section(secrets: Mapping[str, Any]) -> bool:
    try:
        section = secrets.get("auth")
    except Exception:
        return False
    return isinstance(section, Mapping) and bool(section)


def load_config(environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> AppConfig:
    environ = os.environ if environ is None else environ
    secrets = {} if secrets is None else secrets
    path_value = _get("WERKBOEK_PAD", "werkboek_pad", environ, secrets)
    path = Path(path_value).expanduser() if path_value else wb_settings.CANONICAL_WORKBOOK
    hosted = _flag(_get("WERKAGENDA_GEHOST", "gehost", environ, secrets), running_in_cloud(environ))
    try:
        upload = int(_get("WERKAGENDA_MAX_UPLOAD_MB", "max_upload_mb", environ, secrets) or DEFAULT_UPLOAD_MB)
    except (TypeError, ValueError):
        upload = DEFAULT_UPLOAD_MB
    upload = max(1, min(upload, MAX_UPLOAD_MB))

    password_value = _get("WERKAGENDA_WACHTWOORD", "wachtwoord", environ, secrets)
    password = str(password_value) if password_value not in (None, "") else None
    emails, domains = split_allow_list(_get("WERKAGENDA_TOEGESTAAN", "toegestaan", environ, secrets))
    provider_value = _get("WERKAGENDA_LOGIN_PROVIDER", "login_provider", environ, secrets)
    mode_value = _get("WERKAGENDA_TOEGANG", "toegang", environ, secrets)
    if mode_value is None or str(mode_value).strip() == "":
        access = ACCESS_PASSWORD if password else ACCESS_LOGIN if (emails or domains) else ACCESS_OPEN
    else:
        access = str(mode_value).strip().casefold()
    return AppConfig(
        workbook_path=path,
        hosted=hosted,
        max_upload_mb=upload,
        access=access,
        password=password,
        allowed_emails=emails,
        allowed_domains=domains,
        login_provider=str(provider_value).strip() if provider_value else None,
        auth_configured=_has_auth_section(secrets),
    )
