"""The page Bijlage voor de Kamer in AppTest: choices from the URL, downloads built only when clicked, refusals."""

from __future__ import annotations

import io

import docx
import pytest

import report
from schemas import check
from support import sample
from support.libreoffice import soffice_path
from tests import apptest
from views import appendix_page
from workbook import contract

WORD = "Bijlage als Word (.docx)"
OPEN_DATA = "Open data (.zip)"


@pytest.fixture
def open_page(workbook_path, monkeypatch):
    apptest.install(monkeypatch)
    return lambda **params: apptest.run_page("bijlage", **params)


def labels(at) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


def action_ids(content: bytes) -> list[str]:
    doc = docx.Document(io.BytesIO(content))
    tables = [table for table in doc.tables if table.rows[0].cells[0].text == "Wat?"]  # not the budget
    return [row.cells[0].paragraphs[0].text for table in tables for row in table.rows[1:]]


def test_the_word_download_is_built_only_when_clicked(open_page, workbook_path, monkeypatch):
    monkeypatch.setattr(report, "soffice_available", lambda: False)
    at = open_page()
    assert [t.value for t in at.title] == [appendix_page.TITLE] and not at.error
    assert labels(at) == [WORD, OPEN_DATA]
    assert apptest.RecordingFiles.built == 0 and len(apptest.RecordingFiles.deferred) == 2  # registered, not built
    facts = at.markdown[0].value
    assert "**Ronde:** najaar 2025 \\(1 november 2025\\)" in facts and "**Vergeleken met:** zomer 2024" in facts
    assert "**Inhoud:** 4 doelstellingen, 5 acties" in facts
    assert appendix_page.NO_PDF in [c.value for c in at.caption]
    content, name = apptest.download(at, WORD)
    assert name == "bijlage-najaar-2025.docx" and apptest.RecordingFiles.built == 1
    assert action_ids(content) == ["1.1-01", "1.1-02", "1.2-01", "2.1-01", "3.1-01"]
    stamp = [p.text for p in docx.Document(io.BytesIO(content)).paragraphs if p.text.startswith("Gemaakt uit: ")]
    assert f"(sha256) {check(workbook_path).digest[:12]}; ronde najaar 2025" in stamp[0]


def test_the_choices_come_from_the_link_and_shape_the_document(open_page):
    at = open_page(ronde="zomer 2024", partij="jobmbo", doel="1.1")
    assert at.selectbox(key="bijlage.ronde").value == "zomer 2024"
    assert (at.selectbox(key="bijlage.partij").value, at.selectbox(key="bijlage.doel").value) == ("JOB", "1.1")
    content, name = apptest.download(at, WORD)
    assert name == "bijlage-zomer-2024-1.1-JOB.docx"
    assert action_ids(content) == ["1.1-01"]
    doc = docx.Document(io.BytesIO(content))
    assert [c.text for c in doc.tables[0].rows[0].cells][-1] == "Voortgang zomer 2024"
    at.selectbox(key="bijlage.partij").set_value("").run()
    assert not at.exception and at.query_params == {"ronde": "zomer 2024", "doel": "1.1"}
    assert action_ids(apptest.download(at, WORD)[0]) == ["1.1-01", "1.1-02"]


def test_a_workbook_with_fouten_gets_no_download(tmp_path, monkeypatch):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_GOAL] = "9.9"  # unknown goal: a fout
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path, data, name="fout.xlsx")))
    apptest.install(monkeypatch)
    at = apptest.run_page("bijlage")
    errors = [e.value for e in at.error]
    assert any("Een bijlage voor de Kamer wordt alleen gemaakt uit een werkboek zonder fouten" in e for e in errors)
    assert labels(at) == [] and apptest.RecordingFiles.deferred == {}


@pytest.mark.libreoffice
def test_the_pdf_download_converts_with_libreoffice_when_clicked(open_page):
    soffice_path()  # fails in CI, skips elsewhere, when LibreOffice is missing
    at = open_page(doel="1.2")
    assert labels(at) == [WORD, "Bijlage als PDF", OPEN_DATA] and apptest.RecordingFiles.built == 0
    content, name = apptest.download(at, "als PDF")
    assert name == "bijlage-najaar-2025-1.2.pdf" and content.startswith(b"%PDF")


def test_the_letter_fields_shape_the_cover_and_the_open_data_download_validates(open_page, tmp_path, monkeypatch):
    import zipfile

    import frictionless

    monkeypatch.setattr(report, "soffice_available", lambda: False)
    at = open_page()
    at.text_input(key="brief-kenmerk-najaar 2025").set_value("2025-0000123456").run()
    assert not at.exception and "**Kenmerk:** 2025\\-0000123456" in at.markdown[0].value
    texts = [p.text for p in docx.Document(io.BytesIO(apptest.download(at, WORD)[0])).paragraphs]
    assert "Kenmerk: 2025-0000123456" in texts and not any(t.startswith("Bijlage bij de Kamerbrief") for t in texts)
    content, name = apptest.download(at, OPEN_DATA)
    assert name.startswith("opendata-najaar-2025-") and name.endswith(".zip")
    zipfile.ZipFile(io.BytesIO(content)).extractall(tmp_path)
    [descriptor] = tmp_path.glob("*/datapackage.json")
    assert frictionless.validate(descriptor).valid
