"""Publishing a checked version (views.publish) through both kinds of store: the Dutch commit message made from the
diff, the refusals (fouten, unreadable, identical), two sessions from one base (one wins, the other is told, nothing
lost), restoring an earlier version, and views.update.take_in on top of it.

The git kind runs against a real bare repository (made with the git binary), reached by path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import gitrepos, sample
from views import history as history_view
from views import publish as publishing
from views import update
from workbook import contract, nl
from workbook import diff as workbook_diff
from workbook.reader import read_workbook
from workbook.versions import (
    DEFAULT_AUTHOR,
    FolderStore,
    GitSettings,
    GitStore,
    NewerVersionExists,
    StoreError,
    VersionStore,
)

ANNA = ("Anna de Vries", "anna@example.nl")
BOB = ("Bob Jansen", "bob@example.nl")
STATUS_NEW = "Status najaar 2025"
PROGRESS_NEW = "Voortgang najaar 2025"


def edited(tmp_path: Path, name: str, *edits: tuple[str, int, str, object]) -> bytes:
    """The sample workbook with ``(sheet, row index, column, value)`` edits; a row index past the end adds a copy of
    the first row with that value as its key."""
    data = sample.sample_data()
    for sheet, index, column, value in edits:
        if index >= len(data[sheet]):
            data[sheet].append(dict(data[sheet][0], **{column: value}))
        else:
            data[sheet][index][column] = value
    folder = tmp_path / name
    folder.mkdir()
    return sample.build(folder, data).read_bytes()


def diff_of(tmp_path: Path, *edits) -> workbook_diff.WorkbookDiff:
    old = read_workbook(edited(tmp_path, "oud"), name="oud.xlsx")
    new = read_workbook(edited(tmp_path, "nieuw", *edits), name="nieuw.xlsx")
    return workbook_diff.diff_workbooks(old, new)


# --- the commit message -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        (
            [
                (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE),
                (contract.SHEET_ACTIONS, 1, PROGRESS_NEW, "Nieuwe stand"),
            ],
            "1 status gewijzigd, 1 voortgangstekst nieuw",
        ),
        ([(contract.SHEET_ACTIONS, 2, PROGRESS_NEW, None)], "1 voortgangstekst verwijderd"),
        ([(contract.SHEET_ACTIONS, 0, PROGRESS_NEW, "Anders verwoord")], "1 voortgangstekst gewijzigd"),
        ([(contract.SHEET_ACTIONS, 99, contract.COL_ACTION_ID, "1.1-09")], "1 actie toegevoegd"),
        ([(contract.SHEET_ACTIONS, 0, contract.COL_WHAT, "Een andere omschrijving")], "1 actie gewijzigd"),
        ([], publishing.NOTHING_IN_CONTENT),
    ],
)
def test_the_commit_message_counts_the_changes_as_staff_speak_of_them(tmp_path, edits, expected):
    message = publishing.commit_message(diff_of(tmp_path, *edits))
    assert message.splitlines()[0] == f"{publishing.UPDATED}: {expected}"


def test_the_commit_message_lists_every_change_below_the_summary(tmp_path):
    diff = diff_of(
        tmp_path,
        (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE),
        (contract.SHEET_ACTIONS, 2, STATUS_NEW, contract.STATUS_DONE),
    )
    lines = publishing.commit_message(diff).splitlines()
    assert lines[0] == "Werkboek bijgewerkt: 2 statussen gewijzigd"
    assert lines[1] == "" and lines[2] == "najaar 2025: 2 acties van Loopt naar Afgerond"
    assert lines[3:] == [change.as_line() for change in diff.changes]


def test_a_first_version_and_a_restore_say_so(tmp_path):
    assert publishing.commit_message(None, first=True) == publishing.FIRST
    versions = FolderStore(sample.build(tmp_path))
    earlier = versions.current()[0]
    message = publishing.commit_message(diff_of(tmp_path), restored=earlier)
    assert message == f"Versie van {nl.moment(earlier.when)} teruggezet: {publishing.NOTHING_IN_CONTENT}"


# --- both kinds of store -------------------------------------------------------------------------------------------
@pytest.fixture(params=["folder", "git"])
def stores(request, tmp_path) -> Iterator[callable]:
    """A function that opens one more store (a session or server) on one place that holds the sample workbook."""
    first = edited(tmp_path, "begin")
    opened: list[VersionStore] = []
    if request.param == "folder":
        workbook = tmp_path / "site" / "actieoverzicht.xlsx"
        workbook.parent.mkdir()
        workbook.write_bytes(first)

        def open_store() -> VersionStore:
            opened.append(FolderStore(workbook))
            return opened[-1]
    else:
        remote = gitrepos.seeded_remote(tmp_path / "srv", first)

        def open_store() -> VersionStore:
            opened.append(GitStore(GitSettings(remote=str(remote)), tmp_path / f"server{len(opened)}"))
            return opened[-1]

    yield open_store
    for store in opened:
        store.close()


def test_publish_checks_describes_and_names_the_author(stores, tmp_path):
    store = stores()
    base = store.current()[0]
    new = edited(tmp_path, "nieuw", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE))
    result = publishing.publish(store, new, base=base.id, author=ANNA)
    assert result.previous == base
    assert (result.version.author_name, result.version.author_email) == ANNA
    assert result.version.summary == "Werkboek bijgewerkt: 1 status gewijzigd"
    assert stores().current() == (result.version, new)  # another session sees it
    assert [v.id for v in stores().history()][:2] == [result.version.id, base.id]


@pytest.mark.parametrize(
    ("content", "refusal", "text"),
    [
        ("fout", publishing.PublishRefused, "bevat 1 fout en is daarom niet gepubliceerd"),
        ("onleesbaar", publishing.UnreadableVersion, "kan niet worden gelezen"),
        ("gelijk", publishing.IdenticalVersion, "gelijk aan de gepubliceerde versie"),
    ],
)
def test_publish_refuses_and_writes_nothing(stores, tmp_path, content, refusal, text):
    store = stores()
    base, before = store.current()
    new = {
        "fout": lambda: edited(tmp_path, "fout", (contract.SHEET_ACTIONS, 1, STATUS_NEW, "Bijna klaar")),
        "onleesbaar": lambda: b"PK\x03\x04 geen werkboek",
        "gelijk": lambda: before,
    }[content]()
    with pytest.raises(refusal, match=text):
        publishing.publish(store, new, base=base.id, author=ANNA)
    assert stores().current() == (base, before) and [v.id for v in stores().history()] == [base.id]


def test_two_sessions_from_one_base_one_wins_the_other_is_told_and_nothing_is_lost(stores, tmp_path):
    anna, bob = stores(), stores()
    base = anna.current()[0]
    assert bob.current()[0] == base  # both saw the same version
    from_anna = edited(tmp_path, "anna", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE))
    from_bob = edited(tmp_path, "bob", (contract.SHEET_ACTIONS, 1, PROGRESS_NEW, "Bob schreef dit"))
    won = publishing.publish(anna, from_anna, base=base.id, author=ANNA)
    with pytest.raises(NewerVersionExists) as told:
        publishing.publish(bob, from_bob, base=base.id, author=BOB)
    assert str(told.value).startswith("Er is intussen een nieuwere versie gepubliceerd, door Anna de Vries op ")
    assert told.value.newer == won.version and told.value.content == from_anna
    assert stores().current() == (won.version, from_anna)  # Anna's version was not overwritten
    # Bob looks at the differences with Anna's version and then publishes on top of it, deliberately
    again = publishing.publish(bob, from_bob, base=told.value.newer.id, author=BOB)
    assert [v.id for v in stores().history()] == [again.version.id, won.version.id, base.id]
    assert stores().content(won.version.id) == from_anna  # nothing lost


def test_restore_publishes_an_earlier_version_as_a_new_one_after_the_check(stores, tmp_path):
    store = stores()
    first, first_bytes = store.current()
    second = publishing.publish(
        store,
        edited(tmp_path, "tweede", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE)),
        base=first.id,
        author=ANNA,
    )
    restored = publishing.publish(store, store.content(first.id), base=second.version.id, author=BOB, restored=first)
    assert restored.version.summary == f"Versie van {nl.moment(first.when)} teruggezet: 1 status gewijzigd"
    assert stores().current() == (restored.version, first_bytes)
    listed = history_view.view(stores().history())
    assert listed.ids == [restored.version.id, second.version.id, first.id]
    assert listed.table.to_dict("records")[0] == {
        "Datum": nl.moment(restored.version.when),
        "Auteur": "Bob Jansen",
        "Wat er veranderde": restored.version.summary,
        "Versie": history_view.short_id(restored.version.id),
    }


def test_the_diff_between_any_two_versions(stores, tmp_path):
    store = stores()
    first = store.current()[0]
    second = publishing.publish(
        store, edited(tmp_path, "tweede", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE)), base=first.id
    ).version
    third = publishing.publish(
        store, edited(tmp_path, "derde", (contract.SHEET_ACTIONS, 99, contract.COL_ACTION_ID, "1.1-09")), base=second.id
    ).version
    assert (second.author_name, second.author_email) == DEFAULT_AUTHOR
    diff = history_view.compare(store.content(first.id), store.content(third.id), first, third)
    assert [(c.kind, c.key) for c in diff.changes] == [(workbook_diff.ADDED, "1.1-09")]
    assert diff.summary().startswith(
        f"Van '{history_view.version_name(first)}' naar '{history_view.version_name(third)}'"
    )


# --- views.update.take_in: the same for a file on disk -----------------------------------------------------------
def test_take_in_is_publish_on_the_folder_store_of_the_file(tmp_path):
    current = sample.build(tmp_path)
    new = edited(tmp_path, "nieuw", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE))
    result = update.take_in(current, new, author=ANNA)
    versions = FolderStore(current).history()
    assert current.read_bytes() == new and result.backup.name == versions[1].id
    assert (versions[0].author_name, versions[0].summary) == (
        "Anna de Vries",
        "Werkboek bijgewerkt: 1 status gewijzigd",
    )


def test_a_store_that_cannot_write_gives_a_dutch_refusal_through_take_in(tmp_path, monkeypatch):
    current = sample.build(tmp_path)
    old = current.read_bytes()

    def refuse(self, *args, **kwargs):
        raise StoreError("De nieuwe versie kon niet worden opgeslagen (schijf vol); het werkboek is niet veranderd.")

    monkeypatch.setattr(FolderStore, "publish", refuse)
    new = edited(tmp_path, "nieuw", (contract.SHEET_ACTIONS, 0, STATUS_NEW, contract.STATUS_DONE))
    with pytest.raises(update.TakeInRefused, match="schijf vol"):
        update.take_in(current, new)
    assert current.read_bytes() == old


def test_the_choice_labels_are_short_and_tell_versions_apart_only_by_id_when_they_must():
    from workbook.versions import Version

    when = dt.datetime(2026, 12, 1, 12, 14, tzinfo=dt.UTC)
    a = Version("a" * 40, when, "Anna de Vries", "anna@minocw.nl", "Werkboek bijgewerkt")
    b = Version("b" * 40, when, "Anna de Vries", "anna@minocw.nl", "Werkboek bijgewerkt")
    c = Version("c" * 40, when - dt.timedelta(days=1), "x" * 90, "", "Werkboek bijgewerkt")
    view = history_view.view([a, b, c])
    moment = nl.moment(when)
    assert view.label(a.id) == f"{moment} - Anna de Vries (aaaaaaa) (de huidige)"  # same minute, same author
    assert view.label(b.id) == f"{moment} - Anna de Vries (bbbbbbb)"
    assert "(" not in view.label(c.id) and len(view.label(c.id)) < 80  # a long name is shortened
