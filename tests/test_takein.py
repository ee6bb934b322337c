"""Taking in a new version: atomic replacement with history, the pure check flow, and the page in AppTest.

Every test points WERKBOEK_PAD at a workbook in a temporary folder: nothing
here writes to the real workbook/ directory.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard.config import DEFAULT_UPLOAD_MB
from dashboard.data import PREVIEW_BYTES
from dashboard.text import escape_markdown
from schemas import check
from support import sample
from views import update
from views.update import TakeInRefused, take_in
from workbook import contract, history
from workbook.history import atomic_write, backup, history_dir, versions
from workbook.versions import DEFAULT_AUTHOR

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NOW = dt.datetime(2026, 3, 1, 9, 30, 0)
LATER = dt.datetime(2030, 3, 1, 9, 30, 0)  # after the sample file was written: the newest version


def changed_version(tmp_path: Path) -> Path:
    """The sample with one status move and one new action: a valid new version."""
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0]["Status najaar 2025"] = contract.STATUS_DONE
    data[contract.SHEET_ACTIONS].append(dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: "1.1-03"}))
    folder = tmp_path / "upload"
    folder.mkdir(exist_ok=True)
    return sample.build(folder, data, name="nieuwe versie.xlsx")


def broken_version(tmp_path: Path) -> Path:
    """A version with a fout: an unknown status."""
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][1]["Status najaar 2025"] = "Bijna klaar"
    folder = tmp_path / "fout"
    folder.mkdir()
    return sample.build(folder, data, name="met fout.xlsx")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


# --- workbook.history ------------------------------------------------------------------------------------------
def test_take_in_keeps_every_version_in_history_with_who_when_and_what(tmp_path):
    (tmp_path / "werk").mkdir()
    current = sample.build(tmp_path / "werk")
    old = current.read_bytes()
    new = changed_version(tmp_path).read_bytes()
    result = take_in(current, new, now=LATER, author=("Anna de Vries", "anna@example.nl"))
    assert current.read_bytes() == new
    copy = history_dir(current) / "werkboek-20300301-093000.xlsx"  # the new version, named by its moment
    assert copy.read_bytes() == new
    assert result.backup.parent == history_dir(current) and result.backup.read_bytes() == old  # the one before
    assert versions(current) == [copy, result.backup]
    meta = json.loads(copy.with_name(f"{copy.name}.json").read_text(encoding="utf-8"))
    assert (meta["author_name"], meta["author_email"]) == ("Anna de Vries", "anna@example.nl")
    assert meta["message"].splitlines()[0] == "Werkboek bijgewerkt: 1 status gewijzigd, 1 actie toegevoegd"
    assert [p.name for p in current.parent.iterdir() if p.is_file()] == ["werkboek.xlsx"]  # no temporary file left


def test_take_in_refuses_the_same_version_again(tmp_path):
    current = sample.build(tmp_path)
    with pytest.raises(TakeInRefused, match="gelijk aan de gepubliceerde versie"):
        take_in(current, current.read_bytes())
    assert not history_dir(current).exists()


@pytest.mark.parametrize("kind", ["fout", "unreadable"])
def test_take_in_refuses_a_bad_version_and_writes_nothing(tmp_path, kind):
    current = sample.build(tmp_path)
    before = snapshot(tmp_path)
    content = broken_version(tmp_path).read_bytes() if kind == "fout" else b"PK\x03\x04 geen werkboek"
    with pytest.raises(TakeInRefused) as refused:
        take_in(current, content)
    assert ("fout" in str(refused.value)) if kind == "fout" else ("niet worden gelezen" in str(refused.value))
    assert snapshot(tmp_path) == {**before, **{k: v for k, v in snapshot(tmp_path).items() if k.startswith("fout/")}}
    assert not history_dir(current).exists()


def test_a_crash_before_the_swap_leaves_the_old_workbook_whole(tmp_path, monkeypatch):
    current = sample.build(tmp_path)
    old = current.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(history.os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(current, b"half")
    assert current.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["werkboek.xlsx"]  # the temporary file is cleaned up


def test_a_crash_while_writing_the_temporary_file_leaves_the_old_workbook_whole(tmp_path, monkeypatch):
    current = sample.build(tmp_path)
    old = current.read_bytes()
    monkeypatch.setattr(history.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(TakeInRefused, match=r"niet worden opgeslagen.*het werkboek is niet veranderd"):
        take_in(current, changed_version(tmp_path).read_bytes())
    assert current.read_bytes() == old


def test_backups_in_the_same_second_never_overwrite_each_other(tmp_path):
    current = sample.build(tmp_path)
    first, second = backup(current, now=NOW), backup(current, now=NOW)
    assert first != second and first.read_bytes() == second.read_bytes() == current.read_bytes()
    assert second.name == "werkboek-20260301-093000-2.xlsx"


# --- the pure flow behind the page ------------------------------------------------------------------------------
def test_check_upload_reads_checks_annotates_and_compares(tmp_path):
    current = check(sample.build(tmp_path).read_bytes(), name="werkboek.xlsx")
    content = broken_version(tmp_path).read_bytes()
    candidate = update.check_upload(content, "met fout.xlsx", current, max_mb=10)
    assert not candidate.acceptable and candidate.refusal is None
    assert [f.code for f in candidate.report.errors] and candidate.report.errors[0].sheet == contract.SHEET_ACTIONS
    marked = load_workbook(io.BytesIO(update.annotated_copy(content, candidate.report)))
    assert marked.sheetnames[0] == contract.SHEET_CHECK
    assert [(c.key, c.old, c.new) for c in candidate.diff.changes] == [("1.1-02", contract.STATUS_DONE, "Bijna klaar")]
    tables = update.findings_by_sheet(candidate.report)
    assert [(sheet, label, has_errors) for sheet, label, has_errors, _ in tables] == [
        (
            contract.SHEET_ACTIONS,
            f"{contract.SHEET_ACTIONS}: 1 fout, {len(candidate.report.warnings)} waarschuwingen",
            True,
        )
    ]
    assert list(tables[0][3].columns) == list(update.FINDING_COLUMNS)
    assert update.sheet_counts(candidate.report).to_dict("records") == [
        {"Blad": contract.SHEET_ACTIONS, "Fouten": 1, "Waarschuwingen": len(candidate.report.warnings)}
    ]


def test_check_upload_refuses_a_file_over_the_limit_before_reading_it():
    candidate = update.check_upload(b"x" * (1024 * 1024 + 1), "groot.xlsx", None, max_mb=1)
    assert candidate.checked is None and not candidate.acceptable
    assert candidate.refusal.startswith("Het bestand is 1,0 MB; hier kan ten hoogste 1 MB worden aangeleverd.")


def test_make_current_never_writes_in_hosted_mode(tmp_path):
    current = sample.build(tmp_path)
    before = snapshot(tmp_path)
    candidate = update.check_upload(changed_version(tmp_path).read_bytes(), "nieuw.xlsx", None, max_mb=10)
    assert update.offer(candidate, can_publish=False, current_bytes=current.read_bytes()).take_in is False
    with pytest.raises(TakeInRefused):
        take_in(current, candidate.content, hosted=True)
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("upload/")} == before


def test_the_template_download_is_an_empty_contract_workbook():
    book = load_workbook(io.BytesIO(update.template_bytes()))
    assert book.sheetnames == [*contract.ALL_SHEETS, contract.SHEET_LISTS]


# --- the page in AppTest -----------------------------------------------------------------------------------------
@pytest.fixture
def workbook_path(tmp_path, monkeypatch):
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = sample.build(folder)
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    monkeypatch.delenv("WERKAGENDA_GEHOST", raising=False)
    monkeypatch.delenv("WERKAGENDA_MAX_UPLOAD_MB", raising=False)
    return path


def open_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("pages/bijwerken.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload_file(
    at: AppTest, path: Path | None = None, *, name: str | None = None, content: bytes | None = None
) -> AppTest:
    at.file_uploader(key="nieuwe-versie").set_value(
        (name or path.name, content if content is not None else path.read_bytes(), XLSX)
    )
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def test_without_upload_the_page_shows_the_check_of_the_current_workbook(workbook_path):
    at = open_page()
    assert texts(at.title) == ["Werkboek bijwerken"]
    assert texts(at.header) == ["Controle van het getoonde werkboek", "Nieuwe versie aanleveren"]
    assert escape_markdown("Het werkboek is in orde: geen fouten en geen waarschuwingen.") in texts(at.success)
    labels = [d.label for d in at.get("download_button")]
    assert labels[:2] == ["Leeg werkboek (sjabloon)", "Huidig werkboek"]
    # the uploader's own limit (the line Streamlit writes under the button) is the page's limit, as in the label
    assert at.file_uploader(key="nieuwe-versie").proto.max_upload_size_mb == DEFAULT_UPLOAD_MB
    assert f"ten hoogste {DEFAULT_UPLOAD_MB} MB" in at.file_uploader(key="nieuwe-versie").label


def test_an_upload_over_the_page_limit_is_refused_in_dutch_and_not_read(workbook_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_MAX_UPLOAD_MB", "1")
    before = workbook_path.read_bytes()
    at = upload_file(open_page(), name="groot.xlsx", content=b"PK" + b"x" * (3 * 1024 * 1024 // 2))
    assert at.file_uploader(key="nieuwe-versie").proto.max_upload_size_mb == 1  # the browser refuses it first
    errors = texts(at.error)
    assert any("Het bestand is 1,5 MB; hier kan ten hoogste 1 MB worden aangeleverd." in e for e in errors), errors
    assert "Controle van 'groot.xlsx'" not in texts(at.subheader)  # not read, not compared
    assert [b.label for b in at.button if "huidige werkboek" in b.label] == []
    assert workbook_path.read_bytes() == before


def test_a_current_workbook_with_a_fout_shows_its_findings_per_sheet(tmp_path, monkeypatch):
    path = broken_version(tmp_path)
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    monkeypatch.delenv("WERKAGENDA_GEHOST", raising=False)
    at = open_page()
    assert any("1 fout" in e for e in texts(at.error))
    assert [e.label.split(",")[0] for e in at.expander] == [escape_markdown("Acties: 1 fout")]
    table = at.expander[0].dataframe[0].value
    errors = table[table["Ernst"] == "fout"]
    assert errors["Cel"].tolist() == ["Acties!K3"] and "Bijna klaar" in errors["Melding"].iloc[0]
    assert "Huidig werkboek met opmerkingen" in [d.label for d in at.get("download_button")]


def test_a_valid_upload_is_published_and_every_version_kept_in_history(workbook_path, tmp_path):
    old = workbook_path.read_bytes()
    new = changed_version(tmp_path)
    at = upload_file(open_page(), new)
    assert "Wat verandert er?" in texts(at.subheader)
    assert any("1 actie toegevoegd" in m and "1 statuswijziging" in m for m in texts(at.markdown))
    assert workbook_path.read_bytes() == old  # nothing happens before the button
    assert not history_dir(workbook_path).exists()  # nor does looking write anything
    at.button(key="overnemen").click().run()
    assert not at.exception
    assert workbook_path.read_bytes() == new.read_bytes()
    newest, previous = versions(workbook_path)
    assert newest.read_bytes() == new.read_bytes() and previous.read_bytes() == old
    meta = json.loads(newest.with_name(f"{newest.name}.json").read_text(encoding="utf-8"))
    assert (meta["author_name"], meta["author_email"]) == DEFAULT_AUTHOR  # nobody logged in
    summary = "Werkboek bijgewerkt: 1 status gewijzigd, 1 actie toegevoegd"
    assert meta["message"].splitlines()[0] == summary
    assert any("is gepubliceerd" in m and escape_markdown(summary) in m for m in texts(at.success))
    # the app now shows the new file: the diff against it is empty and the overview counts the new action
    assert "Deze versie is gelijk aan het huidige werkboek." in texts(at.info)
    at.switch_page("pages/overzicht.py").run()
    assert at.metric[0].value == "6"


def test_an_upload_with_a_fout_leaves_the_current_file_byte_identical(workbook_path, tmp_path):
    before = snapshot(workbook_path.parent)
    at = upload_file(open_page(), broken_version(tmp_path))
    assert not [b for b in at.button if b.key == "overnemen"]
    assert any("kan daarom niet het huidige werkboek worden" in e for e in texts(at.error))
    assert "Uw versie met opmerkingen" in [d.label for d in at.get("download_button")]
    assert snapshot(workbook_path.parent) == before


@pytest.mark.parametrize("content", [b"dit is geen werkboek", b"PK\x03\x04 kapot"])
def test_an_unreadable_upload_gets_a_dutch_message(workbook_path, content):
    before = snapshot(workbook_path.parent)
    at = upload_file(open_page(), name="kapot.xlsx", content=content)
    assert any("kan niet" in e.lower() or "geen" in e.lower() for e in texts(at.error))
    assert not [b for b in at.button if b.key in ("overnemen", "start-preview")]
    assert snapshot(workbook_path.parent) == before


def test_an_upload_over_the_limit_is_refused_in_dutch(workbook_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_MAX_UPLOAD_MB", "1")
    at = upload_file(open_page(), name="groot.xlsx", content=b"PK\x03\x04" + b"0" * (1024 * 1024 + 10))
    assert any("ten hoogste 1 MB" in e for e in texts(at.error))
    assert "Controle van 'groot\\.xlsx'" not in texts(at.subheader)


def test_hosted_mode_previews_for_the_visitor_only_and_never_writes(workbook_path, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_GEHOST", "1")
    before = snapshot(workbook_path.parent)
    at = upload_file(open_page(), changed_version(tmp_path))
    assert not [b for b in at.button if b.key == "overnemen"]
    at.button(key="start-preview").click().run()
    assert not at.exception
    assert at.session_state[PREVIEW_BYTES] == (tmp_path / "upload" / "nieuwe versie.xlsx").read_bytes()
    at.switch_page("pages/overzicht.py").run()
    assert any("uw eigen versie" in i for i in texts(at.info))
    assert at.metric[0].value == "6"  # the visitor sees their version
    at.switch_page("pages/bijwerken.py").run()
    at.button(key="stop-preview").click().run()
    assert PREVIEW_BYTES not in at.session_state
    at.switch_page("pages/overzicht.py").run()
    assert at.metric[0].value == "5"
    assert snapshot(workbook_path.parent) == before
    assert not history_dir(workbook_path).exists()


# --- a real browser --------------------------------------------------------------------------------------------------
@pytest.mark.browser
def test_upload_in_a_real_browser_shows_check_and_changes(tmp_path):
    from support.browser import SCREENSHOT_DIR
    from support.upload import new_version, shoot_upload

    current = sample.build(tmp_path)
    before = snapshot(tmp_path)
    upload_path = new_version(current, tmp_path.parent / f"{tmp_path.name}-bijgewerkt.xlsx")
    problems, body = shoot_upload(current, upload_path, SCREENSHOT_DIR / "bijwerken-upload-sample.png")
    assert problems == []
    assert "Het werkboek is in orde" in body
    assert "1 actie van Loopt naar Afgerond" in body
    assert "Publiceer deze versie" in body
    assert snapshot(tmp_path) == before  # uploading alone changes nothing
