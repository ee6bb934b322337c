"""The page Rapportageronde in AppTest: progress, reminders, requests, several answers at once, new round, closing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from urllib.parse import parse_qs, urlparse

import pytest

from schemas import check
from support import rounds
from tests import apptest
from views import rounds as round_view
from workbook import contract, nl
from workbook.history import versions
from workbook.rounds.answers import read_answer
from workbook.versions import FolderStore

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def workbook_path(tmp_path, monkeypatch):
    path = rounds.round_workbook(tmp_path)
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    monkeypatch.delenv("WERKAGENDA_GEHOST", raising=False)
    return path


@pytest.fixture
def page(workbook_path, monkeypatch):
    apptest.install(monkeypatch)
    return apptest.run_page("ronde")


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [e.value for e in at.error] + [s.value for s in at.success]
    return "\n".join([*parts, *[w.value for w in at.warning], *[i.value for i in at.info]])


def test_progress_reminders_and_requests(page):
    assert [h.value for h in page.header] == [
        "Voortgang",
        "Verzoeken",
        "Antwoorden",
        "Nieuwe ronde",
        "Ronde vaststellen",
    ]
    assert "0 van 5 acties hebben voortgang voor voorjaar 2026" in texts(page).replace("\\", "")
    links = page.get("link_button")
    assert [b.proto.label for b in links] == [
        f"E-mail aan {p} opstellen" for p in ("OCW", "MBO Raad", "JOB", "Mbo-scholen")
    ]
    query = parse_qs(urlparse(links[0].proto.url).query)
    assert "1.1-02" in query["body"][0] and query["subject"][0].startswith("Herinnering")
    assert apptest.RecordingFiles.built == 0  # requests are built only when clicked
    content, name = apptest.download(page, "Verzoek voor deze partij")
    answer = read_answer(content, name=name)
    assert (answer.identification.party, answer.identification.round_name) == ("OCW", rounds.ROUND)
    archive, _ = apptest.download(page, "Alle verzoeken (zip)")
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        assert len(z.namelist()) == 4 and all(n.startswith("verzoek voorjaar 2026 - ") for n in z.namelist())


def test_three_answers_uploaded_at_once_are_summarised_and_taken_in(page, workbook_path, tmp_path):
    requests = rounds.write_requests(workbook_path, tmp_path / "verzoeken")
    answers = [
        rounds.fill(requests["OCW"], tmp_path / "ocw.xlsx", {"1.1-02": ("Wet aangenomen.", "Afgerond")}),
        rounds.fill(requests["JOB"], tmp_path / "job.xlsx", {"1.1-01": ("Panel gestart.", "Loopt")}),
        rounds.fill(requests["MBO Raad"], tmp_path / "mbo.xlsx", {"1.2-01": ("Monitor.", "Bezig")}),
    ]
    uploader = page.file_uploader(key="antwoorden")
    assert uploader.accept_multiple_files
    uploader.set_value([(p.name, p.read_bytes(), XLSX) for p in answers]).run()
    assert not page.exception
    shown = texts(page).replace("\\", "")
    assert "Uit 3 bestanden zijn 5 cellen ingevuld in de nieuwe versie." in shown
    assert "'ocw.xlsx' (OCW, voorjaar 2026): 1 actie overgenomen." in shown
    assert "'mbo.xlsx' (MBO Raad, voorjaar 2026): 1 actie overgenomen, 1 melding over wat niet is overgenomen." in shown
    merged, name = apptest.download(page, "Nieuwe versie met de antwoorden")
    assert name == "werkboek-met-antwoorden.xlsx"
    before = workbook_path.read_bytes()
    page.button(key="overnemen-answers").click().run()
    assert not page.exception
    assert workbook_path.read_bytes() == merged != before
    newest, previous = versions(workbook_path)  # both in history/: the new version and the one before
    assert (newest.read_bytes(), previous.read_bytes()) == (merged, before)
    assert (
        FolderStore(workbook_path).history()[0].summary
        == "Ronde voorjaar 2026: antwoorden van JOB, MBO Raad en OCW overgenomen"
    )
    assert "is gepubliceerd en is nu het werkboek dat iedereen ziet" in texts(page).replace("\\", "")
    frame = check(workbook_path).data.frame(contract.SHEET_ACTIONS).set_index(contract.COL_ACTION_ID)
    assert (
        frame.loc["1.1-01", rounds.PROGRESS] == "Panel gestart." and frame.loc["1.2-01", rounds.STATUS] is None
    )  # "Bezig" is no status


def test_new_round_form_makes_a_version_and_refuses_an_existing_name(page, workbook_path):
    page.text_input[0].input("voorjaar 2026")
    page.button[0].click().run()
    assert "Ronde 'voorjaar 2026' staat al in het blad 'Rondes'" in texts(page).replace("\\", "")
    page.text_input[0].input("najaar 2026")
    page.date_input(key="ronde-inleverdatum")  # the form's date defaults to today (after the last round)
    page.button[0].click().run()
    assert not page.exception
    page.button(key="overnemen-nieuwe-ronde").click().run()
    assert "najaar 2026" in check(workbook_path).workbook.rounds


def test_closing_a_round_needs_a_confirmation(page, workbook_path):
    button = page.button(key="vaststellen")
    assert button.disabled
    page.checkbox(key="zeker").check().run()
    page.button(key="vaststellen").click().run()
    page.button(key="overnemen-vastgesteld").click().run()
    assert not page.exception
    checked = check(workbook_path)
    assert checked.report.valid
    assert round_view.view(checked).closed == (f"{rounds.ROUND}: vastgesteld op {nl.date(dt.date.today())}",)
    assert rounds.ROUND not in round_view.view(checked).closable


def test_hosted_mode_offers_downloads_and_never_writes(workbook_path, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_GEHOST", "1")
    apptest.install(monkeypatch)
    at = apptest.run_page("ronde")
    requests = rounds.write_requests(workbook_path, tmp_path / "verzoeken")
    answer = rounds.fill(requests["JOB"], tmp_path / "job.xlsx", {"1.1-01": ("Panel.", "Loopt")})
    before = workbook_path.read_bytes()
    at.file_uploader(key="antwoorden").set_value([(answer.name, answer.read_bytes(), XLSX)]).run()
    assert not at.exception
    assert not [b for b in at.button if b.key and b.key.startswith("overnemen")]
    merged, _ = apptest.download(at, "Nieuwe versie met de antwoorden")
    assert merged != before and workbook_path.read_bytes() == before
