"""The Word writer (report/) on a hand-built appendix: reopened with python-docx and checked; and to_pdf's failures.

The appendix made from real workbooks is tested in tests/test_report.py; here the writer alone, with texts
chosen to be awkward (formulas, field braces, control characters, empty texts, a missing previous round).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from report import PdfConversionError, SofficeMissing, docx_bytes, to_pdf, write_docx
from report.docx import NO_ACTIONS_TEXT, NO_PREVIOUS_TEXT, NO_PROGRESS_TEXT
from report.text import paragraphs
from views.appendix import (
    ActionRow,
    Appendix,
    BudgetRow,
    BudgetSection,
    GoalSection,
    Indicator,
    PrioritySection,
    Stamp,
    StatusText,
)

SHA = "0123456789abcdef" * 4
VERSION = "7218d98" + "0" * 33  # a git commit, as history lists it (short: 7218d98)
STAMP = "versie 7218d98 (zie Geschiedenis), ronde najaar 2025 van 1 november 2025"
FORMULA_TEXT = "=SOM(A1:A3) staat hier als tekst, niet als formule; ook =PAGE blijft tekst."
BRACES_TEXT = "Deze tekst bevat {PAGE} en { MERGEFIELD naam } en moet letterlijk blijven staan."
_LONG = (
    "Met de Kamerbrief over het vervolgonderwijs als waaier heeft OCW afstand genomen van het hoger-lager "
    "denken. De maatschappelijke discussie over de gelijkwaardigheid van alle vormen van vervolgonderwijs is "
    "op gang gebracht, de 'waaiergedachte' krijgt steeds meer voet aan de grond. "
)
_WHAT = (
    "Gemeenten, scholen (zijnde bekostigde scholen) en andere partijen stimuleren de gelijkwaardige positie "
    "van mbo-studenten in het studentenleven. "
)
STATUSES = ("Loopt", "Afgerond", "Vertraagd", "Niet gestart")


def _action(goal_code: str, n: int, long_factor: int) -> ActionRow:
    """One action with long texts, so the tables run over several pages."""
    action_id = f"A{goal_code}-{n:02d}"
    what = (_WHAT * long_factor).strip()
    current = (_LONG * long_factor).strip() + "\n\nTweede alinea: de evaluatie verschijnt begin 2026."
    if action_id == "A1.1-02":
        what = FORMULA_TEXT + "\n\n" + what
    if action_id == "A1.2-01":
        current = BRACES_TEXT + "\n\n" + current
    if action_id == "A2.1-03":
        current = ""  # -> "(geen voortgangstekst)"
    previous = None if action_id == "A1.1-04" else StatusText(STATUSES[n % 4], _LONG.strip())
    return ActionRow(
        action_id=action_id,
        what=what,
        who="OCW (primair), bekostigde mbo-scholen, JOB, MBO Raad",
        when="Verkenning: 2022 – 2023\nRegeling: 2023",
        previous=previous,
        current=StatusText(STATUSES[(n + 1) % 4], current),
    )


def _goal(code: str, title: str, n_rows: int, long_factor: int = 2) -> GoalSection:
    return GoalSection(
        code=code,
        title=title,
        description="Het mbo vormt met het hbo en wo een brede waaier aan opleidingsmogelijkheden.",
        sentences=(f"Bij doelstelling {code} zijn {n_rows} acties afgesproken.", "Hieronder de stand per actie."),
        rows=tuple(_action(code, i + 1, long_factor) for i in range(n_rows)),
    )


def sample_appendix(
    rows_per_goal: tuple[int, int, int] = (5, 4, 3), long_factor: int = 2, previous_round: str | None = "zomer 2024"
) -> Appendix:
    """2 priorities, 3 goals, 12 action rows and a budget; larger ``rows_per_goal`` for a timing run."""
    g11, g12, g21 = rows_per_goal
    return Appendix(
        title="Bijlage voortgang Werkagenda mbo",
        subtitle="Actie-overzicht bij de voortgangsbrief Werkagenda mbo en Stagepact",
        round_name="najaar 2025",
        round_date_text="1 november 2025",
        previous_round_name=previous_round,
        stamp=Stamp(SHA, VERSION),
        priorities=(
            PrioritySection(
                1,
                "Kansengelijkheid en gelijkwaardigheid",
                (
                    _goal("1.1", "Gelijkwaardige positie van het mbo", g11, long_factor),
                    _goal("1.2", "Studentenwelzijn en burgerschap", g12, long_factor),
                ),
            ),
            PrioritySection(2, "Mbo als motor van de regio", (_goal("2.1", "Sterke regionale samenwerking", g21),)),
        ),
        budget=BudgetSection(
            title="Budget",
            intro_sentences=("De Werkagenda wordt gefinancierd uit de volgende middelen.", "Bedragen in euro's."),
            rows=(
                BudgetRow("B1", "Extra middelen", "€ 367 mln", "structureel per jaar", "2023 – 2027", "B2", "000"),
                BudgetRow("B2", "Totaal per jaar", "€ 900 mln", "per jaar", "2023 – 2027", "-", "000: 0,9 mld"),
            ),
        ),
        generated_on_text="3 november 2025",
        author="Ministerie van OCW",
        generated_on=dt.date(2025, 11, 3),
    )


ALL_IDS = [f"A{g}-{i:02d}" for g, n in (("1.1", 5), ("1.2", 4), ("2.1", 3)) for i in range(1, n + 1)]


@pytest.fixture(scope="module")
def document():
    """The sample appendix, written once and reopened with python-docx."""
    return docx.Document(io.BytesIO(docx_bytes(sample_appendix())))


def cell_texts(doc) -> list[str]:
    return [p.text for t in doc.tables for row in t.rows for cell in row.cells for p in cell.paragraphs]


def reopen(appendix: Appendix):
    return docx.Document(io.BytesIO(docx_bytes(appendix)))


def test_page_is_a4_landscape(document):
    section = document.sections[0]
    assert len(document.sections) == 1 and section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width.mm == pytest.approx(297, abs=0.2) and section.page_height.mm == pytest.approx(
        210, abs=0.2
    )


def test_headings_in_order_with_builtin_styles(document):
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Prioriteit 1: Kansengelijkheid en gelijkwaardigheid"),
        ("Heading 2", "Doelstelling 1.1: Gelijkwaardige positie van het mbo"),
        ("Heading 2", "Doelstelling 1.2: Studentenwelzijn en burgerschap"),
        ("Heading 1", "Prioriteit 2: Mbo als motor van de regio"),
        ("Heading 2", "Doelstelling 2.1: Sterke regionale samenwerking"),
        ("Heading 1", "Budget"),
    ]
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        assert style.builtin and style.style_id == name.replace(" ", "")


def test_each_action_id_exactly_once_in_a_table(document):
    texts = cell_texts(document)
    for action_id in ALL_IDS:
        assert texts.count(action_id) == 1, action_id
    assert len(document.tables) == 4  # three goals and the budget


def test_action_table_columns_and_status_words(document):
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Wat?",
        "Wie?",
        "Wanneer?",
        "Voortgang zomer 2024",
        "Voortgang najaar 2025",
    ]
    for row in table.rows[1:]:
        current = row.cells[4].paragraphs[0]
        assert current.text.startswith("Status: ") and current.runs[0].bold
    widths = [c.width.mm for c in table.columns]
    assert sum(widths) == pytest.approx(257, abs=1)


def test_texts_become_paragraphs_at_blank_lines_and_keep_line_breaks(document):
    row = document.tables[0].rows[2]  # A1.1-02
    assert [p.text for p in row.cells[0].paragraphs][:2] == ["A1.1-02", FORMULA_TEXT]
    assert row.cells[2].paragraphs[0].text == "Verkenning: 2022 – 2023\nRegeling: 2023"
    assert row.cells[4].paragraphs[-1].text == "Tweede alinea: de evaluatie verschijnt begin 2026."
    assert paragraphs(" a\r\n\r\n\n b\nc \x0c\x0cd ") == ["a", "b\nc", "d"]


def test_missing_texts_get_placeholders(document):
    texts = cell_texts(document)
    assert NO_PROGRESS_TEXT in texts and NO_PREVIOUS_TEXT in texts


def test_header_row_repeats_and_rows_do_not_split(document):
    for table in document.tables:
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(tr.trPr.find(qn("w:tblHeader")) is None for tr in rows[1:])
        assert all(tr.trPr is not None and tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)
        caption = table._tbl.tblPr.find(qn("w:tblCaption"))
        assert caption is not None and caption.get(qn("w:val")).startswith("Tabel ")
        assert table._tbl.tblPr.find(qn("w:tblDescription")) is not None


def test_core_properties_and_language(document):
    props = document.core_properties
    assert (props.title, props.language, props.author) == (
        "Bijlage voortgang Werkagenda mbo",
        "nl-NL",
        "Ministerie van OCW",
    )
    assert props.subject == "Actie-overzicht bij de voortgangsbrief Werkagenda mbo en Stagepact"
    assert props.created == props.modified == dt.datetime(2025, 11, 3, tzinfo=dt.UTC)
    lang = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    assert lang and lang[0].get(qn("w:val")) == "nl-NL"


def test_stamp_line_present(document):
    texts = [p.text for p in document.paragraphs]
    assert f"Gemaakt uit: {STAMP}" in texts
    assert "Voortgangsronde: najaar 2025 (1 november 2025)" in texts
    assert document.core_properties.comments == STAMP
    assert not any("xlsx" in text for text in texts)  # no file name


def test_a_file_outside_the_store_is_named_by_its_content_digest():
    stamp = Stamp(SHA)
    assert stamp.version == "inhoud 0123456789ab" and not stamp.stored
    assert stamp.line("najaar 2025", "1 november 2025") == (
        "een bestand dat geen opgeslagen versie is (niet in de geschiedenis), met als vingerafdruk van de inhoud "
        "(sha256) 0123456789ab; ronde najaar 2025 van 1 november 2025"
    )


def test_no_field_codes_in_table_cells_and_texts_stay_literal(document):
    for table in document.tables:
        assert table._tbl.xpath(".//w:fldSimple | .//w:instrText | .//w:fldChar") == []
    texts = cell_texts(document)
    assert FORMULA_TEXT in texts and BRACES_TEXT in texts


def test_only_toc_field_in_body_and_update_on_open(document):
    body = document.element.body
    instructions = [el.text.strip() for el in body.xpath(".//w:instrText")]
    assert len(instructions) == 1 and instructions[0].startswith("TOC ")
    assert document.settings.element.find(qn("w:updateFields")) is not None
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert toc[0] == "Prioriteit 1: Kansengelijkheid en gelijkwaardigheid" and toc[-1] == "Budget"
    anchors = {h.get(qn("w:anchor")) for h in body.xpath(".//w:hyperlink")}
    bookmarks = {b.get(qn("w:name")) for b in body.xpath(".//w:bookmarkStart")}
    assert len(anchors) == 6 and anchors <= bookmarks


def test_footer_has_page_and_numpages_fields(document):
    footer = document.sections[0].footer
    instructions = " ".join(el.text for el in footer._element.xpath(".//w:instrText")).split()
    assert "PAGE" in instructions and "NUMPAGES" in instructions
    assert footer.paragraphs[0].text.startswith(
        "Bijlage voortgang Werkagenda mbo – najaar 2025 – versie 7218d98\tPagina "
    )


def test_budget_table_lists_each_line_with_part_and_source(document):
    table = document.tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["Budget-ID", "Omschrijving", "Bedrag", "Soort", "Jaren", "Onderdeel van", "Bron"],
        ["B1", "Extra middelen", "€ 367 mln", "structureel per jaar", "2023 – 2027", "B2", "000"],
        ["B2", "Totaal per jaar", "€ 900 mln", "per jaar", "2023 – 2027", "-", "000: 0,9 mld"],
    ]
    assert all(row.cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT for row in table.rows)
    assert sum(c.width.mm for c in table.columns) == pytest.approx(257, abs=1)


def test_without_previous_round_has_four_columns():
    doc = reopen(sample_appendix(previous_round=None))
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Wat?", "Wie?", "Wanneer?", "Voortgang najaar 2025"]
    assert sum(c.width.mm for c in doc.tables[0].columns) == pytest.approx(257, abs=1)
    assert not any(p.text.startswith("Vergeleken met") for p in doc.paragraphs)


def test_a_goal_block_shows_indicators_and_a_goal_without_actions_says_so():
    app = sample_appendix()
    goal = GoalSection(
        "9.9", "Proef", "", ("Zin.",), (), (Indicator("Voortijdig schoolverlaters", "22.308 (2023/2024)"),)
    )
    doc = reopen(replace(app, priorities=(PrioritySection(9, "P", (goal,)),), budget=None))
    texts = [p.text for p in doc.paragraphs]
    assert "Voortijdig schoolverlaters: 22.308 (2023/2024)" in texts and NO_ACTIONS_TEXT in texts
    assert doc.tables == []


def test_an_empty_selection_writes_the_front_matter_and_says_so():
    app = sample_appendix()
    empty = replace(app, priorities=(), budget=None, selection_text="Alleen partij X.")
    texts = [p.text for p in reopen(empty).paragraphs]
    assert "Selectie: Alleen partij X." in texts and "Er zijn geen acties in deze selectie." in texts


def test_control_characters_do_not_break_the_writer(tmp_path: Path):
    bad = ActionRow("X-1", "tekst\x01met\x0bstuurtekens\ud800", "OCW", "2025", None, StatusText("Loopt", "a\x00b"))
    app = sample_appendix(previous_round=None)
    goal = GoalSection("1.1", "T", "", (), (bad,))
    out = tmp_path / "x.docx"
    write_docx(replace(app, priorities=(PrioritySection(1, "P", (goal,)),), budget=None), out)
    texts = cell_texts(docx.Document(str(out)))
    assert "tekstmet\nstuurtekens" in texts and "ab" in texts


def test_stamp_requires_hex_sha():
    with pytest.raises(ValueError):
        Stamp("not-a-hash")


def test_80_long_rows_are_all_written_one_table_row_each():
    """An appendix the size of the real one (78 actions); its speed is measured by python -m benchmarks."""
    document = reopen(sample_appendix(rows_per_goal=(30, 30, 20)))
    assert [len(table.rows) for table in document.tables] == [31, 31, 21, 3]  # a header row above each table
    ids = [row.cells[0].paragraphs[0].text for table in document.tables[:3] for row in table.rows[1:]]
    assert ids == [f"A{g}-{i:02d}" for g, n in (("1.1", 30), ("1.2", 30), ("2.1", 20)) for i in range(1, n + 1)]


def test_to_pdf_reports_missing_soffice_in_dutch(tmp_path: Path):
    source = tmp_path / "bijlage.docx"
    source.write_bytes(docx_bytes(sample_appendix()))
    with pytest.raises(SofficeMissing, match="niet gevonden"):
        to_pdf(source, tmp_path, soffice=str(tmp_path / "geen-soffice"))


def test_to_pdf_reports_failing_soffice_in_dutch(tmp_path: Path):
    source = tmp_path / "bijlage.docx"
    source.write_bytes(b"PK")
    fake = tmp_path / "soffice-faalt"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(PdfConversionError, match=r"kon bijlage\.docx niet omzetten naar PDF") as failed:
        to_pdf(source, tmp_path / "pdf", soffice=str(fake))
    assert "source file could not be loaded" in str(failed.value) and "libreoffice-writer-nogui" in str(failed.value)


def test_to_pdf_timeout_ends_the_process_group(tmp_path: Path):
    source = tmp_path / "bijlage.docx"
    source.write_bytes(b"PK")
    marker = tmp_path / "still-running"
    fake = tmp_path / "soffice-hangt"
    pids = tmp_path / "pids"
    # a child that would touch the marker after 2 s, and a launcher that would keep the pipes open for 30 s
    fake.write_text(f"#!/bin/sh\n(sleep 2; touch {marker}) &\necho $$ $! > {pids}\nsleep 30\n")
    fake.chmod(0o755)
    with pytest.raises(PdfConversionError, match="niet binnen 1 seconden"):
        to_pdf(source, tmp_path / "pdf", timeout=1, soffice=str(fake))
    # to_pdf returns once nothing holds the pipes: had it ended the launcher alone, it would have waited for both
    # (the marker would exist by then); the whole group ended at the timeout, so no process of it still runs
    assert not marker.exists()
    assert [pid for pid in (pids.read_text().split() if pids.exists() else []) if _running(int(pid))] == []


def _running(pid: int) -> bool:
    """True while process ``pid`` exists and is no zombie (ended, not yet reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


def test_table_paragraphs_use_table_styles(document):
    table = document.tables[0]
    assert {p.style.name for c in table.rows[0].cells for p in c.paragraphs} == {"Tabelkop"}
    assert {p.style.name for r in table.rows[1:] for c in r.cells for p in c.paragraphs} == {"Tabeltekst"}


# --- the cover, the running header, "geen antwoord" and the column widths (issue 23) ---------------------------
from report.metrics import CELL_PADDING_MM, longest_piece_mm  # noqa: E402
from views.cover import Letter  # noqa: E402


@pytest.mark.parametrize(
    ("letter", "expected", "absent"),
    [
        (
            Letter(dt.date(2025, 11, 12), "2025-0000123456", "31 524, nr. 700"),
            [
                "Bijlage bij de Kamerbrief van 12 november 2025",
                "Kenmerk: 2025-0000123456",
                "Kamerstuk: 31 524, nr. 700",
            ],
            [],
        ),
        (Letter(reference="ABC-1"), ["Kenmerk: ABC-1"], ["Bijlage bij de Kamerbrief", "Kamerstuk"]),
        (Letter(), [], ["Bijlage bij de Kamerbrief", "Kenmerk", "Kamerstuk"]),
    ],
)
def test_the_cover_names_the_letter_when_given_and_leaves_it_out_cleanly(letter, expected, absent):
    doc = reopen(replace(sample_appendix(), programme="Werkagenda mbo 2023-2027", letter=letter))
    cover = []
    for p in doc.paragraphs:
        if p.style.name == "TOC Heading":
            assert p.paragraph_format.page_break_before  # the contents start on a page of their own
            break
        cover.append(p.text)
    assert all(line in cover for line in expected), cover
    assert not any(line.startswith(tuple(absent)) for line in cover if absent), cover
    assert not any(line.strip() in {"", "Kenmerk:", "Kamerstuk:"} for line in cover)  # no empty labels
    section = doc.sections[0]
    assert section.different_first_page_header_footer  # the cover has no header or footer
    header = section.header.paragraphs[0].text
    assert header.startswith("Werkagenda mbo 2023-2027 | ")
    assert (letter.line or "Actie-overzicht najaar 2025") in header
    assert ("Kenmerk " in header) == bool(letter.reference)


def test_a_round_without_an_answer_says_geen_antwoord_not_a_status():
    app = sample_appendix()
    silent = ActionRow(
        "1.1-09", "Iets doen.", "OCW", "2025", StatusText("Loopt", "Tekst."), StatusText("Geen antwoord", "")
    )
    goal = GoalSection("1.1", "T", "", (), (silent,))
    doc = reopen(replace(app, priorities=(PrioritySection(1, "P", (goal,)),), budget=None))
    cells = doc.tables[0].rows[1].cells
    assert [p.text for p in cells[-1].paragraphs] == ["Status: geen antwoord"]  # no "(geen voortgangstekst)" either
    assert [p.text for p in cells[-2].paragraphs] == ["Status: Loopt", "Tekst."]


def test_every_column_is_as_wide_as_its_longest_word():
    long_words = ActionRow(
        "1.1-01",
        "Kort.",
        "Lerarenorganisaties, onderwijsinstellingen",
        "Toekomstverkenning: 2024",
        None,
        StatusText("Niet gestart", "Geen."),
    )
    app = replace(
        sample_appendix(previous_round=None),
        priorities=(PrioritySection(1, "P", (GoalSection("1.1", "T", "", (), (long_words,)),)),),
    )
    doc = reopen(app)
    widths = [c.width.mm for c in doc.tables[0].columns]
    assert widths[1] >= longest_piece_mm([long_words.who], 9) + CELL_PADDING_MM - 0.1
    assert widths[2] >= longest_piece_mm([long_words.when], 9) + CELL_PADDING_MM - 0.1
    assert sum(widths) == pytest.approx(257, abs=1)
