"""Settings: environment variables first, then secrets, then defaults that serve the local case; and
.streamlit/config.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dashboard.config import (
    ACCESS_LOGIN,
    ACCESS_OPEN,
    ACCESS_PASSWORD,
    SETTINGS,
    AppConfig,
    load_config,
    raw_values,
    settings_table,
    split_allow_list,
)
from workbook import contract
from workbook.versions import DEFAULT_TTL_SECONDS

ROOT = Path(__file__).resolve().parent.parent
NOT_CLOUD = {"HOSTNAME": "laptop"}


def test_defaults_serve_the_local_case_with_no_setup():
    config = load_config(environ=NOT_CLOUD, secrets={})
    assert config.workbook_path == contract.CANONICAL_WORKBOOK
    assert config.max_upload_mb == 10
    assert config.access == ACCESS_OPEN and config.password is None
    assert config.allowed_emails == () and config.allowed_domains == () and not config.auth_configured
    if not Path("/mount/src").is_dir():
        assert config.hosted is False


def test_environment_wins_over_secrets(tmp_path):
    secrets = {"werkboek_pad": "/ergens/anders.xlsx", "gehost": False, "max_upload_mb": 3, "wachtwoord": "uit-secrets"}
    environ = {
        **NOT_CLOUD,
        "WERKBOEK_PAD": str(tmp_path / "w.xlsx"),
        "WERKAGENDA_GEHOST": "ja",
        "WERKAGENDA_MAX_UPLOAD_MB": "7",
        "WERKAGENDA_WACHTWOORD": "uit-omgeving",
    }
    config = load_config(environ=environ, secrets=secrets)
    assert (config.workbook_path, config.hosted, config.max_upload_mb, config.password) == (
        tmp_path / "w.xlsx",
        True,
        7,
        "uit-omgeving",
    )


def test_secrets_are_used_when_the_environment_is_silent():
    secrets = {
        "werkboek_pad": "/data/w.xlsx",
        "gehost": "1",
        "max_upload_mb": 5,
        "toegestaan": ["Anna@MinOCW.nl", "@mbo.nl"],
    }
    config = load_config(
        environ={**NOT_CLOUD, "WERKBOEK_PAD": ""}, secrets=secrets
    )  # an empty variable counts as unset
    assert (config.workbook_path, config.hosted, config.max_upload_mb) == (Path("/data/w.xlsx"), True, 5)
    assert (config.allowed_emails, config.allowed_domains) == (("anna@minocw.nl",), ("mbo.nl",))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("25", 25), ("100", 25), ("0", 1), ("-4", 1), ("tien", 10), ("", 10), ("2", 2)],
)
def test_upload_limit_stays_between_1_mb_and_the_server_limit(value, expected):
    assert load_config(environ={**NOT_CLOUD, "WERKAGENDA_MAX_UPLOAD_MB": value}).max_upload_mb == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5), (" 120 ", 120), ("0", 1), ("-3", 1), ("99999", 3600), ("vaak", 30), ("", 30), (None, 30)],
)
def test_git_verversen_is_a_whole_number_of_seconds_between_1_and_an_hour(value, expected):
    environ = NOT_CLOUD if value is None else {**NOT_CLOUD, "WERKAGENDA_GIT_VERVERSEN": value}
    assert load_config(environ=environ).git_refresh_seconds == expected


def test_the_default_refresh_is_the_version_stores_own():
    assert load_config(environ=NOT_CLOUD).git_refresh_seconds == DEFAULT_TTL_SECONDS


@pytest.mark.parametrize(
    ("environ", "secrets", "mode"),
    [
        ({}, {}, ACCESS_OPEN),
        ({"WERKAGENDA_WACHTWOORD": "geheim"}, {}, ACCESS_PASSWORD),
        ({}, {"wachtwoord": "geheim"}, ACCESS_PASSWORD),
        ({"WERKAGENDA_TOEGESTAAN": "@minocw.nl"}, {}, ACCESS_LOGIN),
        ({}, {"toegestaan": ["a@b.nl"], "auth": {"client_id": "x"}}, ACCESS_LOGIN),
        ({"WERKAGENDA_TOEGANG": "Open"}, {"wachtwoord": "geheim"}, ACCESS_OPEN),  # said explicitly
        ({"WERKAGENDA_TOEGANG": " LOGIN "}, {}, ACCESS_LOGIN),
        ({}, {"toegang": "wachtwoord"}, ACCESS_PASSWORD),
        ({"WERKAGENDA_TOEGANG": "iedereen"}, {}, "iedereen"),  # kept: the gate refuses an unknown mode
    ],
)
def test_access_mode_follows_what_is_set(environ, secrets, mode):
    assert load_config(environ={**NOT_CLOUD, **environ}, secrets=secrets).access == mode


@pytest.mark.parametrize(
    ("value", "emails", "domains"),
    [
        ("anna@minocw.nl, @mbo.nl; duo.nl", ("anna@minocw.nl",), ("mbo.nl", "duo.nl")),
        (["  Piet@Voorbeeld.NL ", "@Voorbeeld.nl", "@voorbeeld.nl"], ("piet@voorbeeld.nl",), ("voorbeeld.nl",)),
        ("a@x.nl\nb@x.nl", ("a@x.nl", "b@x.nl"), ()),
        ("@, ,", (), ()),
        (None, (), ()),
    ],
)
def test_allow_list_splits_into_addresses_and_domains(value, emails, domains):
    assert split_allow_list(value) == (emails, domains)


def test_auth_section_in_secrets_is_noticed():
    assert load_config(environ=NOT_CLOUD, secrets={"auth": {"client_id": "x", "client_secret": "y"}}).auth_configured
    assert not load_config(environ=NOT_CLOUD, secrets={"auth": {}}).auth_configured


def test_password_is_not_shown_in_the_config_repr():
    config = load_config(environ={**NOT_CLOUD, "WERKAGENDA_WACHTWOORD": "zeer-geheim-42"})
    assert "zeer-geheim-42" not in repr(config)
    assert isinstance(config, AppConfig) and config.password == "zeer-geheim-42"


def test_secrets_that_cannot_be_read_count_as_empty():
    class Broken(dict):
        def get(self, key, default=None):
            raise FileNotFoundError("no secrets.toml")

    config = load_config(environ=NOT_CLOUD, secrets=Broken())
    assert config.access == ACCESS_OPEN and not config.auth_configured


# --- .streamlit/config.toml ---------------------------------------------------------------------------------
def streamlit_config() -> dict:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_streamlit_config_hides_details_and_statistics_and_sets_the_upload_limit():
    config = streamlit_config()
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"  # no traceback for a visitor
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["client"]["disableDataExport"] is True  # only the formula-safe downloads
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == contract.MAX_FILE_BYTES


def test_theme_colours_have_aa_contrast():
    theme = streamlit_config()["theme"]
    backgrounds = [theme["backgroundColor"], theme["secondaryBackgroundColor"]]
    for background in backgrounds:
        assert _contrast(theme["textColor"], background) >= 4.5
        assert _contrast(theme["primaryColor"], background) >= 4.5  # links, focus, selected items
        assert _contrast(theme["linkColor"], background) >= 4.5
    assert _contrast("#ffffff", theme["primaryColor"]) >= 4.5  # text on a primary button


def test_streamlit_reads_the_config_file():
    from streamlit import config as st_config

    st_config.get_config_options(force_reparse=True)
    assert st_config.get_option("client.showErrorDetails") == "none"
    assert st_config.get_option("server.maxUploadSize") == 25


# --- the settings table is the documentation ------------------------------------------------------------------
def test_docs_hosting_shows_the_settings_table_as_the_code_defines_it():
    text = (ROOT / "docs" / "hosting.md").read_text(encoding="utf-8")
    begin, end = "<!-- begin: instellingen (gegenereerd: python -m dashboard.config) -->", "<!-- end: instellingen -->"
    shown = text[text.index(begin) + len(begin) : text.index(end)].strip()
    assert shown == settings_table(), "docs/hosting.md is out of date: python -m dashboard.config prints the table"


def test_every_setting_is_read_from_its_variable_and_its_secrets_key():
    for setting in SETTINGS:
        by_env = raw_values({setting.env: "uit-de-omgeving"}, {})[setting.field]
        by_secret = raw_values({}, {setting.secret: "uit-secrets"})[setting.field]
        assert (by_env, by_secret) == ("uit-de-omgeving", "uit-secrets"), setting.field
    assert len({x.env for x in SETTINGS}) == len({x.secret for x in SETTINGS}) == len(SETTINGS)
    fields = set(AppConfig.__dataclass_fields__)
    assert {x.field for x in SETTINGS} - {"allowed"} <= fields  # "allowed" becomes allowed_emails and _domains


def test_secrets_never_show_in_the_config_repr():
    config = load_config(environ={**NOT_CLOUD, "WERKAGENDA_WACHTWOORD": "geheim-1", "WERKAGENDA_GIT_TOKEN": "geheim-2"})
    assert "geheim" not in repr(config)
    assert {x.field for x in SETTINGS if x.secret_value} == {"password", "git_token"}
