"""Publishing from the app (AppTest) with a bare git repository as remote (WERKAGENDA_GIT_REMOTE), hosted: upload,
check, publish, two sessions from one base, a fresh server and a running one, a wrong token over smart HTTP, and the
Geschiedenis page (list, compare, download, restore). Nothing here writes to workbook/."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import store as app_store
from dashboard.config import load_config
from support import gitrepos, sample
from support.githttp import GitHttpServer
from tests import apptest
from workbook import contract
from workbook.versions import DEFAULT_AUTHOR, GitSettings, GitStore

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TOKEN = "ghp_AppGeheim123Token"
SUMMARY = "Werkboek bijgewerkt: 1 status gewijzigd, 1 actie toegevoegd"
GIT_ENV = (
    "WERKAGENDA_GIT_REMOTE",
    "WERKAGENDA_GIT_BRANCH",
    "WERKAGENDA_GIT_TOKEN",
    "WERKAGENDA_GIT_PAD",
    "WERKAGENDA_GIT_VERVERSEN",
)


def version_bytes(folder: Path, *, status: str = contract.STATUS_DONE, new_action: str | None = "1.1-03") -> bytes:
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0]["Status najaar 2025"] = status
    if new_action:
        data[contract.SHEET_ACTIONS].append(
            dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: new_action})
        )
    folder.mkdir(parents=True, exist_ok=True)
    return sample.build(folder, data).read_bytes()


@pytest.fixture
def fresh_servers():
    """Each test starts as a fresh server: no version store cached (and the stores it made are closed after)."""
    st.cache_resource.clear()
    yield
    config = load_config()
    if config.git_remote:
        try:
            made = app_store.version_store(config)
        except Exception:  # the test's remote is gone already
            made = None
        if made is not None:
            made.close()
    st.cache_resource.clear()


@pytest.fixture
def remote(tmp_path, monkeypatch, fresh_servers) -> Path:
    """A bare repository holding the sample workbook; the app is hosted and publishes to it."""
    (tmp_path / "meegeleverd").mkdir()
    bundled = sample.build(tmp_path / "meegeleverd")
    bare = gitrepos.seeded_remote(tmp_path / "srv", bundled.read_bytes())
    for name in GIT_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WERKAGENDA_GIT_REMOTE", str(bare))
    monkeypatch.setenv("WERKAGENDA_GEHOST", "1")
    monkeypatch.setenv("WERKBOEK_PAD", str(bundled))
    monkeypatch.delenv("WERKAGENDA_MAX_UPLOAD_MB", raising=False)
    apptest.install(monkeypatch)
    return bare


def open_page(page: str = "bijwerken") -> AppTest:
    return apptest.run_page(page)


def upload(at: AppTest, content: bytes, name: str = "nieuwe versie.xlsx") -> AppTest:
    at.file_uploader(key="nieuwe-versie").set_value((name, content, XLSX))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def plain(markdown: str) -> str:
    return markdown.replace("\\", "")


def published(remote: Path) -> bytes:
    return gitrepos.show(remote, f"main:{gitrepos.WORKBOOK}")


def test_upload_check_publish_and_every_visitor_sees_it(remote, tmp_path):
    bundled = Path(load_config().workbook_path)
    on_disk = bundled.read_bytes()
    new = version_bytes(tmp_path / "nieuw")
    at = open_page()
    assert any("Elke versie blijft bewaard in het versiebeheer" in plain(m) for m in texts(at.markdown))
    first = gitrepos.tip(remote)[:7]
    assert any(f"**Versie:** {first}, door Seed: Eerste versie" in plain(m) for m in texts(at.markdown))
    upload(at, new)
    assert "Wat verandert er?" in texts(at.subheader)
    assert [b.label for b in at.button if b.key == "overnemen"] == ["Publiceer deze versie"]
    assert published(remote) != new  # nothing happens before the button
    click(at, "overnemen")
    assert any(
        f"is gepubliceerd en is nu het werkboek dat iedereen ziet. {SUMMARY}." in plain(m) for m in texts(at.success)
    )
    assert published(remote) == new
    line = gitrepos.git("--git-dir", str(remote), "log", "-1", "--format=%an|%ae|%cn|%s", "main")
    assert line == f"{DEFAULT_AUTHOR[0]}|{DEFAULT_AUTHOR[1]}|{DEFAULT_AUTHOR[0]}|{SUMMARY}"
    assert bundled.read_bytes() == on_disk  # hosted: the app's own disk is never written
    assert "Deze versie is gelijk aan het huidige werkboek." in texts(at.info)
    visitor = open_page("overzicht")  # another visitor, a new session: the new version
    assert visitor.metric[0].value == "6"


def test_two_sessions_from_one_base_one_wins_the_other_is_told_and_nothing_is_lost(remote, tmp_path):
    base = gitrepos.tip(remote)
    from_anna = version_bytes(tmp_path / "anna")
    from_bob = version_bytes(tmp_path / "bob", status=contract.STATUS_STOPPED, new_action=None)
    anna, bob = upload(open_page(), from_anna, "anna.xlsx"), upload(open_page(), from_bob, "bob.xlsx")
    click(anna, "overnemen")
    assert published(remote) == from_anna
    click(bob, "overnemen")
    warnings = [plain(w) for w in texts(bob.warning)]
    told = [w for w in warnings if w.startswith("Er is intussen een nieuwere versie gepubliceerd, door ")]
    assert told and "Uw versie is niet gepubliceerd" in told[0]
    assert published(remote) == from_anna  # Anna's version was not overwritten
    # Bob now sees the differences with Anna's version: her new action is not in his file
    assert any("Acties: 1 actie verwijderd" in plain(m) for m in texts(bob.markdown))
    assert any(plain(w).startswith("De verschillen hierboven zijn nu die met de nieuwere versie") for w in warnings)
    click(bob, "overnemen")  # having seen them, Bob publishes on top of Anna's version
    assert published(remote) == from_bob
    log = gitrepos.git("--git-dir", str(remote), "log", "--format=%H", "main").splitlines()
    assert len(log) == 3 and log[2] == base
    assert gitrepos.show(remote, f"{log[1]}:{gitrepos.WORKBOOK}") == from_anna  # nothing lost


def test_a_running_server_shows_another_servers_version_within_a_minute_and_a_fresh_one_at_once(remote, tmp_path):
    assert open_page("overzicht").metric[0].value == "5"
    running = app_store.version_store(load_config())  # this server's store, as the pages use it
    clock = gitrepos.FakeClock()
    running._clock = clock  # from here the time-to-live is counted on a clock the test moves
    running.refresh(force=True)
    with GitStore(GitSettings(remote=str(remote)), tmp_path / "andere-server") as other:  # another app server
        other.publish(version_bytes(tmp_path / "elders"), base=other.current()[0].id, message=SUMMARY)
    assert open_page("overzicht").metric[0].value == "5"  # a rerun does not fetch
    clock.advance(29)
    assert open_page("overzicht").metric[0].value == "5"
    clock.advance(2)  # 31 seconds since the last look: the next rerun fetches
    assert open_page("overzicht").metric[0].value == "6"
    st.cache_resource.clear()  # a fresh start: clones again and shows the newest version at once
    at = open_page("geschiedenis")
    assert at.dataframe[0].value["Wat er veranderde"].tolist() == [SUMMARY, "Eerste versie"]


def test_git_verversen_sets_how_often_a_server_looks_for_another_servers_version(remote, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_GIT_VERVERSEN", "5")
    assert open_page("overzicht").metric[0].value == "5"
    running = app_store.version_store(load_config())
    clock = gitrepos.FakeClock()
    running._clock = clock
    running.refresh(force=True)
    with GitStore(GitSettings(remote=str(remote)), tmp_path / "andere-server") as other:
        other.publish(version_bytes(tmp_path / "elders"), base=other.current()[0].id, message=SUMMARY)
    clock.advance(4)
    assert open_page("overzicht").metric[0].value == "5"
    clock.advance(2)  # 6 seconds since the last look, more than the 5 set
    assert open_page("overzicht").metric[0].value == "6"


def test_geschiedenis_lists_compares_downloads_and_restores(remote, tmp_path):
    first = published(remote)
    new = version_bytes(tmp_path / "nieuw")
    click(upload(open_page(), new), "overnemen")
    at = open_page("geschiedenis")
    assert texts(at.title) == ["Geschiedenis"]
    table = at.dataframe[0].value
    assert table.columns.tolist() == ["Datum", "Auteur", "Wat er veranderde", "Versie"]
    assert table[["Auteur", "Wat er veranderde"]].values.tolist() == [
        [DEFAULT_AUTHOR[0], SUMMARY],
        [gitrepos.SEED, "Eerste versie"],
    ]
    assert any("Acties: 1 actie toegevoegd; Acties: 1 statuswijziging" in plain(m) for m in texts(at.markdown))
    at.selectbox(key="download-versie").select_index(1).run()
    content, name = apptest.download(at, "Download deze versie")
    assert content == first and name.startswith("actieoverzicht-") and name.endswith(".xlsx")
    assert apptest.RecordingFiles.built == 1  # built when clicked, not before
    click(at, "terugzetten")
    assert any("Wilt u de versie van " in plain(w) for w in texts(at.warning))
    assert published(remote) == new  # nothing before the confirmation
    click(at, "terugzetten-ja")
    assert any(plain(m).startswith("De versie van ") and "is teruggezet" in plain(m) for m in texts(at.success))
    assert published(remote) == first
    assert len(at.dataframe[0].value) == 3
    assert at.dataframe[0].value["Wat er veranderde"].iloc[0].startswith("Versie van ")


def test_cancelling_a_restore_changes_nothing(remote, tmp_path):
    click(upload(open_page(), version_bytes(tmp_path / "nieuw")), "overnemen")
    before = gitrepos.tip(remote)
    at = click(open_page("geschiedenis"), "terugzetten")
    click(at, "terugzetten-nee")
    assert not [b for b in at.button if b.key == "terugzetten-ja"]
    assert gitrepos.tip(remote) == before


def test_a_wrong_token_is_said_in_dutch_and_the_published_version_stays(remote, tmp_path, monkeypatch):
    with GitHttpServer(remote.parent, token=TOKEN) as server:
        monkeypatch.setenv("WERKAGENDA_GIT_REMOTE", server.url("remote.git"))
        monkeypatch.setenv("WERKAGENDA_GIT_TOKEN", "ghp_Verkeerd111")
        before = gitrepos.tip(remote)
        at = open_page()
        notices = [plain(w) for w in texts(at.warning)]
        assert any("weigerde het toegangstoken (verkeerd of verlopen)" in w for w in notices), notices
        click(upload(at, version_bytes(tmp_path / "nieuw")), "overnemen")
        errors = [plain(e) for e in texts(at.error)]
        assert any("weigerde het toegangstoken" in e and "niet gepubliceerd" in e for e in errors), errors
        assert gitrepos.tip(remote) == before
        shown = " ".join(str(e.value) for e in [*at.markdown, *at.warning, *at.error, *at.success, *at.info])
        assert "ghp_Verkeerd111" not in shown
        assert open_page("geschiedenis").error  # the history cannot be read either: said, not a traceback


def test_hosted_without_a_remote_only_previews_and_keeps_no_history(tmp_path, monkeypatch, fresh_servers):
    for name in GIT_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WERKAGENDA_GEHOST", "1")
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path)))
    at = upload(open_page(), version_bytes(tmp_path / "nieuw"))
    assert not [b for b in at.button if b.key == "overnemen"]
    assert any("er is geen versiebeheer ingesteld" in c for c in texts(at.caption))
    assert any("geen geschiedenis bijgehouden" in i for i in texts(open_page("geschiedenis").info))


def test_the_local_app_keeps_its_history_beside_the_file(tmp_path, monkeypatch, fresh_servers):
    for name in GIT_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("WERKAGENDA_GEHOST", raising=False)
    (tmp_path / "lokaal").mkdir()
    workbook = sample.build(tmp_path / "lokaal")
    monkeypatch.setenv("WERKBOEK_PAD", str(workbook))
    click(upload(open_page(), version_bytes(tmp_path / "nieuw")), "overnemen")
    table = open_page("geschiedenis").dataframe[0].value
    assert table[["Auteur", "Wat er veranderde"]].values.tolist() == [
        [DEFAULT_AUTHOR[0], SUMMARY],
        ["onbekend", "Versie zonder omschrijving (buiten het dashboard om geplaatst)"],
    ]
    assert table["Versie"].iloc[0] in {p.name for p in (workbook.parent / "history").iterdir()}


class FakeUser:
    def __init__(self, **values):
        self.values = values

    def to_dict(self):
        return self.values


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        (
            {"is_logged_in": True, "name": "Anna de Vries", "email": "anna@minocw.nl"},
            ("Anna de Vries", "anna@minocw.nl"),
        ),
        ({"is_logged_in": True, "email": "anna@minocw.nl"}, ("anna@minocw.nl", "anna@minocw.nl")),
        ({"is_logged_in": False}, DEFAULT_AUTHOR),
        ({}, DEFAULT_AUTHOR),
    ],
)
def test_the_author_is_the_logged_in_visitor_else_the_dashboard(monkeypatch, user, expected):
    monkeypatch.setattr(st, "user", FakeUser(**user))
    assert app_store.author() == expected


def test_an_empty_branch_shows_the_bundled_workbook_and_the_first_publish_starts_it(remote, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_GIT_BRANCH", "werkboek")  # not on the remote yet
    at = open_page()
    assert any(w.startswith("Er staat nog geen versie in het versiebeheer") for w in texts(at.warning))
    new = version_bytes(tmp_path / "nieuw")
    click(upload(at, new), "overnemen")
    assert gitrepos.show(remote, f"werkboek:{gitrepos.WORKBOOK}") == new
    subject = gitrepos.git("--git-dir", str(remote), "log", "-1", "--format=%s", "werkboek")
    assert subject == "Eerste versie van het werkboek: 1 status gewijzigd, 1 actie toegevoegd"
    assert published(remote) != new  # main, the branch the app is deployed from, is untouched


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [
        ("WERKAGENDA_GIT_REMOTE", "ssh://git@example.nl/team/werkagenda.git", "Onbekend soort adres"),
        ("WERKAGENDA_GIT_BRANCH", "refs/heads/werkboek", "De instellingen voor het versiebeheer kloppen niet"),
        ("WERKAGENDA_GIT_PAD", "../buiten.xlsx", "De instellingen voor het versiebeheer kloppen niet"),
    ],
)
def test_a_setting_that_is_not_valid_is_said_in_dutch_on_both_pages(remote, monkeypatch, name, value, text):
    monkeypatch.setenv(name, value)
    at = open_page()
    assert any(text in e for e in texts(at.error)), texts(at.error)
    assert any(text in w for w in texts(at.warning))  # and the bundled workbook is shown meanwhile
    assert any(text in e for e in texts(open_page("geschiedenis").error))
