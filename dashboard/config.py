"""The app's settings as one declarative table, read in one way: environment variable first, then secrets.

Every setting is one :class:`Setting` in ``SETTINGS`` (its field, environment variable, secrets key,
default and Dutch help); :func:`load_config` reads them all the same way and turns the raw values
into an :class:`AppConfig`. ``docs/hosting.md`` shows the table made by :func:`settings_table`
(``python -m dashboard.config`` prints it; ``tests/test_config.py`` checks the two are the same).
Secrets (the password, the git token) are kept out of ``repr`` and never logged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbook import contract

TRUE_WORDS = {"1", "true", "ja", "yes", "on", "waar"}
FALSE_WORDS = {"0", "false", "nee", "no", "off", "onwaar"}

ACCESS_OPEN = "open"
ACCESS_PASSWORD = "wachtwoord"
ACCESS_LOGIN = "login"
ACCESS_MODES: tuple[str, ...] = (ACCESS_OPEN, ACCESS_PASSWORD, ACCESS_LOGIN)
#: Upload limit of the app (MB) when none is set, and the most it may be set to
#: (the server refuses larger uploads: server.maxUploadSize in .streamlit/config.toml).
DEFAULT_UPLOAD_MB = 10
MAX_UPLOAD_MB = contract.MAX_FILE_BYTES // (1024 * 1024)
DEFAULT_GIT_BRANCH = "main"
DEFAULT_GIT_PATH = "workbook/actieoverzicht.xlsx"
#: How often (seconds) each server at most looks for a newer version in the repository, and the bounds of the setting.
DEFAULT_GIT_REFRESH_SECONDS = 30
GIT_REFRESH_BOUNDS = (1, 3600)


@dataclass(frozen=True)
class Setting:
    """One setting: the field of :class:`AppConfig`, where it is read, its default and what it does (Dutch)."""

    field: str
    env: str
    secret: str
    default: str  # as the documentation states it
    help: str
    secret_value: bool = False  # a password or token: never shown, never logged


SETTINGS: tuple[Setting, ...] = (
    Setting("workbook_path", "WERKBOEK_PAD", "werkboek_pad", "`workbook/actieoverzicht.xlsx`", "welk werkboek"),
    Setting(
        "hosted",
        "WERKAGENDA_GEHOST",
        "gehost",
        "aan op Community Cloud en in Docker, anders uit",
        "gehoste modus (`1`/`0`, `ja`/`nee`): het werkboek wordt niet op schijf vervangen; publiceren gaat dan via "
        "`git_remote`, zonder die instelling zijn uploads alleen een voorbeeld",
    ),
    Setting("max_upload_mb", "WERKAGENDA_MAX_UPLOAD_MB", "max_upload_mb", "10 (hoogstens 25)", "grootste upload in MB"),
    Setting(
        "access",
        "WERKAGENDA_TOEGANG",
        "toegang",
        "`open`; `wachtwoord` als een wachtwoord is ingesteld; `login` als een lijst van toegestane adressen is "
        "ingesteld",
        "toegang",
    ),
    Setting("password", "WERKAGENDA_WACHTWOORD", "wachtwoord", "geen", "gedeeld wachtwoord", secret_value=True),
    Setting(
        "allowed",
        "WERKAGENDA_TOEGESTAAN",
        "toegestaan",
        "geen",
        "toegestane e-mailadressen en domeinen (omgeving: gescheiden door komma's; secrets: een lijst)",
    ),
    Setting(
        "login_provider",
        "WERKAGENDA_LOGIN_PROVIDER",
        "login_provider",
        "de dienst in `[auth]`",
        "naam van de inlogdienst (bij meer dan één)",
    ),
    Setting(
        "git_remote",
        "WERKAGENDA_GIT_REMOTE",
        "git_remote",
        "geen: de versies staan in de map `history/` naast het werkboek",
        "de git-repository waarin elke versie van het werkboek wordt gepubliceerd (https-adres, pad of `file://`)",
    ),
    Setting(
        "git_branch", "WERKAGENDA_GIT_BRANCH", "git_branch", f"`{DEFAULT_GIT_BRANCH}`", "de branch in die repository"
    ),
    Setting(
        "git_token",
        "WERKAGENDA_GIT_TOKEN",
        "git_token",
        "geen",
        "toegangstoken voor het publiceren (bij GitHub een fine-grained token met alleen 'Contents: read and write')",
        secret_value=True,
    ),
    Setting(
        "git_path",
        "WERKAGENDA_GIT_PAD",
        "git_pad",
        f"`{DEFAULT_GIT_PATH}`",
        "het pad van het werkboek in de repository",
    ),
    Setting(
        "git_refresh_seconds",
        "WERKAGENDA_GIT_VERVERSEN",
        "git_verversen",
        f"{DEFAULT_GIT_REFRESH_SECONDS} (seconden; {GIT_REFRESH_BOUNDS[0]} tot {GIT_REFRESH_BOUNDS[1]})",
        "hoe vaak elke server hooguit in de repository kijkt of er een nieuwere versie is (in seconden): een versie "
        "die via een andere server is gepubliceerd, is daarna ook hier te zien",
    ),
    Setting(
        "contact",
        "WERKAGENDA_CONTACT",
        "contact",
        "de beheerders bij OCW (zonder adres)",
        "e-mailadres (of naam) voor vragen en meldingen over toegankelijkheid, op de pagina Toegankelijkheid",
    ),
)


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
    git_remote: str | None = None
    git_branch: str = DEFAULT_GIT_BRANCH
    git_token: str | None = field(default=None, repr=False)
    git_path: str = DEFAULT_GIT_PATH
    git_refresh_seconds: int = DEFAULT_GIT_REFRESH_SECONDS
    contact: str | None = None


def flag(value: Any, default: bool) -> bool:
    """A yes/no setting: ``1``, ``ja``, ``true``... or ``0``, ``nee``...; anything else gives ``default``."""
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


def raw_values(environ: Mapping[str, str], secrets: Mapping[str, Any]) -> dict[str, Any]:
    """Each setting's raw value: the environment variable when set and not empty, else the secrets key, else None."""
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        value = environ.get(setting.env)
        if value in (None, ""):
            try:
                value = secrets.get(setting.secret)
            except Exception:  # no secrets file: st.secrets raises on access
                value = None
        values[setting.field] = value
    return values


def _words(value: Any) -> list[str]:
    """A list from secrets, or a text separated by commas, semicolons or white space; trimmed, lower case."""
    if value is None:
        return []
    items = (
        value if isinstance(value, (list, tuple, set)) else str(value).replace(";", ",").replace("\n", ",").split(",")
    )
    words: list[str] = []
    for item in items:
        for word in str(item).split():
            word = word.strip().casefold()
            if word and word not in words:
                words.append(word)
    return words


def split_allow_list(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``["a@x.nl", "@minocw.nl", "mbo.nl"]`` -> (("a@x.nl",), ("minocw.nl", "mbo.nl")).

    An entry with something before the ``@`` is one address; ``@domain`` or a bare ``domain`` allows
    every address of exactly that domain.
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
    except Exception:  # no secrets file
        return False
    return isinstance(section, Mapping) and bool(section)


def _text(value: Any) -> str | None:
    return str(value).strip() if value not in (None, "") and str(value).strip() else None


def load_config(environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> AppConfig:
    environ = os.environ if environ is None else environ
    secrets = {} if secrets is None else secrets
    raw = raw_values(environ, secrets)
    try:
        upload = int(raw["max_upload_mb"] or DEFAULT_UPLOAD_MB)
    except (TypeError, ValueError):
        upload = DEFAULT_UPLOAD_MB
    try:
        refresh = int(raw["git_refresh_seconds"] or DEFAULT_GIT_REFRESH_SECONDS)
    except (TypeError, ValueError):
        refresh = DEFAULT_GIT_REFRESH_SECONDS
    password = str(raw["password"]) if raw["password"] not in (None, "") else None
    emails, domains = split_allow_list(raw["allowed"])
    mode = _text(raw["access"])
    if mode is None:
        access = ACCESS_PASSWORD if password else ACCESS_LOGIN if (emails or domains) else ACCESS_OPEN
    else:
        access = mode.casefold()
    return AppConfig(
        workbook_path=Path(raw["workbook_path"]).expanduser() if raw["workbook_path"] else contract.CANONICAL_WORKBOOK,
        hosted=flag(raw["hosted"], running_in_cloud(environ)),
        max_upload_mb=max(1, min(upload, MAX_UPLOAD_MB)),
        access=access,
        password=password,
        allowed_emails=emails,
        allowed_domains=domains,
        login_provider=_text(raw["login_provider"]),
        auth_configured=_has_auth_section(secrets),
        git_remote=_text(raw["git_remote"]),
        git_branch=_text(raw["git_branch"]) or DEFAULT_GIT_BRANCH,
        git_token=_text(raw["git_token"]),
        git_path=(_text(raw["git_path"]) or DEFAULT_GIT_PATH).strip("/"),
        git_refresh_seconds=max(GIT_REFRESH_BOUNDS[0], min(refresh, GIT_REFRESH_BOUNDS[1])),
        contact=_text(raw["contact"]),
    )


def settings_table() -> str:
    """The settings as the Markdown table of ``docs/hosting.md``."""
    lines = [
        "| instelling | omgevingsvariabele | sleutel in secrets | standaard |",
        "|---|---|---|---|",
    ]
    lines += [f"| {x.help} | `{x.env}` | `{x.secret}` | {x.default} |" for x in SETTINGS]
    return "\n".join(lines)


if __name__ == "__main__":
    print(settings_table())
