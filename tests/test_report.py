"""The appendix for the Tweede Kamer made from real workbooks: the view, the .docx it becomes, and the PDF.

The .docx is reopened with python-docx and compared with the workbook itself: every action of the selection
exactly once, its Wat and the round's progress text exactly as typed, goal headings in order, header rows
that repeat, landscape, the version stamp; a party and a goal variant; the refusals with their Dutch messages.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import struct

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from domain.model import build_overview
from domain.sources import cite
from report import docx_bytes, to_pdf, write_docx
from report.docx import NO_ACTIONS_TEXT, NO_PROGRESS_TEXT
from schemas import check
from support import sample
from support.libreoffice import render_pages, soffice_path
from views import appendix, appendix_page
from workbook import contract

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def canonical():
    checked = check(contract.CANONICAL_WORKBOOK, today=TODAY)
    assert checked.report.valid, checked.report.as_text()
    return checked, build_overview(checked.workbook, today=TODAY)


@pytest.fixture
def sample_checked(tmp_path):
    checked = check(sample.build(tmp_path), today=TODAY)
    return checked, build_overview(checked.workbook, today=TODAY)


def make(checked_overview, round_name=None, party=None, goal=None) -> appendix.Appendix:
    checked, overview = checked_overview
    return appendix.view(
        overview, checked.report, round_name, party, goal, name=checked.name, digest=checked.digest, today=TODAY
    )


def reopen(document: appendix.Appendix):
    return docx.Document(io.BytesIO(docx_bytes(document)))


def action_rows(doc) -> dict[str, dict[str, str]]:
    """Action id -> what its table row says (Wat, Wie, Wanneer, each round's status line and text); ids counted."""
    found: dict[str, dict[str, str]] = {}
    for table in doc.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[0] != "Wat?":
            continue  # the budget table
        for row in table.rows[1:]:
            cells = row.cells
            action_id = cells[0].paragraphs[0].text
            assert action_id not in found, f"{action_id} appears twice"
            texts = {"Wat": "\n\n".join(p.text for p in cells[0].paragraphs[1:])}
            texts |= {"Wie": cells[1].text, "Wanneer": cells[2].text}
            for name, cell in zip(header[3:], cells[3:], strict=True):
                texts[f"{name} status"] = cell.paragraphs[0].text
                texts[name] = "\n\n".join(p.text for p in cell.paragraphs[1:])
            found[action_id] = texts
    return found


def expected_ids(checked_overview, party=None, goal=None) -> list[str]:
    """The ids of the selection, straight from the Acties sheet and the parsed Wie column."""
    _, overview = checked_overview
    actions = overview.actions
    ids = actions[contract.COL_ACTION_ID].tolist()
    if goal:
        ids = [i for i, g in zip(ids, actions[contract.COL_GOAL]) if g == goal]
    if party:
        links = overview.action_parties
        ids = [i for i in ids if i in set(links.loc[links[contract.COL_PARTY] == party, contract.COL_ACTION_ID])]
    return ids


# --- the canonical workbook ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("round_name", "party", "goal"),
    [
        pytest.param(None, None, None, id="whole"),
        pytest.param(None, "JOB", None, id="party"),
        pytest.param(None, None, "2.2", id="goal"),
        pytest.param(None, "OCW", "1.1", id="party-and-goal"),
        pytest.param("zomer 2024", None, None, id="first-round"),
    ],
)
def test_every_action_once_with_wat_and_progress_exactly_as_in_the_workbook(canonical, round_name, party, goal):
    checked, _ = canonical
    rows = action_rows(reopen(make(canonical, round_name, party, goal)))
    ids = expected_ids(canonical, party, goal)
    assert list(rows) == ids  # each once, in workbook order (the sheet is in goal order)
    sheet = checked.workbook.frame(contract.SHEET_ACTIONS).set_index(contract.COL_ACTION_ID)
    chosen = round_name or "najaar 2025"
    for action_id, texts in rows.items():
        action = sheet.loc[action_id]
        assert texts["Wat"] == action[contract.COL_WHAT], action_id
        assert (texts["Wie"], texts["Wanneer"]) == (action[contract.COL_WHO], action[contract.COL_WHEN])
        progress = action[f"Voortgang {chosen}"]
        assert texts[f"Voortgang {chosen}"] == (progress if isinstance(progress, str) else NO_PROGRESS_TEXT)
        assert texts[f"Voortgang {chosen} status"] == f"Status: {action[f'Status {chosen}']}"
        if chosen == "najaar 2025":
            before = action["Voortgang zomer 2024"]
            assert texts["Voortgang zomer 2024"] == before
            assert texts["Voortgang zomer 2024 status"] == f"Status: {action['Status zomer 2024']}"
    if round_name == "zomer 2024":
        assert all("Voortgang najaar 2025" not in texts for texts in rows.values())  # the first round stands alone


def test_goal_headings_in_order_and_the_front_matter(canonical):
    checked, overview = canonical
    doc = reopen(make(canonical))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    priorities = dict(zip(overview.priorities[contract.COL_PRIORITY], overview.priorities[contract.COL_TITLE]))
    expected = []
    for number, title in priorities.items():
        expected.append(("Heading 1", f"Prioriteit {number}: {title}"))
        goals = overview.goals[overview.goals[contract.COL_PRIORITY] == number]
        expected += [
            ("Heading 2", f"Doelstelling {g}: {t}") for g, t in zip(goals[contract.COL_GOAL], goals[contract.COL_TITLE])
        ]
    assert headings == [*expected, ("Heading 1", "Budget")]
    assert len([h for h in headings if h[0] == "Heading 2"]) == 12
    texts = [p.text for p in doc.paragraphs]
    stamp = (
        "een bestand dat geen opgeslagen versie is (niet in de geschiedenis), met als vingerafdruk van de inhoud "
        f"(sha256) {checked.digest[:12]}; ronde najaar 2025 van 1 november 2025"
    )
    assert f"Gemaakt uit: {stamp}" in texts and doc.core_properties.comments == stamp
    assert "Voortgangsronde: najaar 2025 (1 november 2025)" in texts and "Vergeleken met: zomer 2024" in texts
    # the goal's wording and the app's sentences (views.goals.goal_summary) come before its table
    first = next(i for i, p in enumerate(doc.paragraphs) if p.style.name == "Heading 2")
    assert texts[first + 1] == overview.goals.iloc[0][contract.COL_DESCRIPTION]
    assert texts[first + 2].startswith("Stand in najaar 2025 van de 10 acties: ")
    assert "Sinds zomer 2024: " in texts[first + 2] and "eindjaar voorbij" in texts[first + 2]


def test_layout_landscape_repeating_headers_rows_kept_properties_and_no_fields(canonical):
    doc = reopen(make(canonical))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and round(section.page_width.mm) == 297
    assert len(doc.tables) == 13  # twelve goals and the budget
    for table in doc.tables:
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)
        assert table._tbl.xpath(".//w:fldSimple | .//w:instrText | .//w:fldChar") == []
    props = doc.core_properties
    assert (props.title, props.language) == ("Actie-overzicht Werkagenda mbo 2023-2027", "nl-NL")
    assert props.subject.endswith("bij de voortgangsbrief najaar 2025")


def test_the_budget_lists_every_line_with_its_source_and_adds_nothing_up(canonical):
    checked, _ = canonical
    doc = reopen(make(canonical))
    budget = [[c.text for c in row.cells] for row in doc.tables[-1].rows]
    lines = checked.workbook.frame(contract.SHEET_BUDGET)
    assert budget[0] == ["Budget-ID", "Omschrijving", "Bedrag", "Soort", "Jaren", "Onderdeel van", "Bron"]
    assert [row[0] for row in budget[1:]] == lines[contract.COL_BUDGET_ID].tolist()
    # the source as the workbook has it, each document named by its title and date (Bronnen), quotes kept
    _, overview = canonical
    assert [row[-1] for row in budget[1:]] == [cite(text, overview.sources) for text in lines[contract.COL_SOURCE]]
    assert budget[1][-1].startswith('Werkagenda mbo 2023-2027 (samenvatting): "Voor de hele looptijd')
    assert budget[1][2:6] == ["€ 4.000 mln", "totaal looptijd", "2023 – 2027", "-"]
    assert budget[3][2:6] == ["€ 367 mln", "structureel per jaar", "-", "B02"]
    assert not any("Totaal" in row[0] for row in budget)  # no sum row: the lines overlap


def test_party_variant_on_the_sample(sample_checked):
    document = make(sample_checked, party="jobmbo")  # JOB by its alias
    assert document.selection_text == "Alleen de acties waarbij partij JOB betrokken is."
    goals = [(g.code, [r.action_id for r in g.rows]) for p in document.priorities for g in p.goals]
    assert goals == [("1.1", ["1.1-01"]), ("2.1", ["2.1-01"])]
    assert [p.number for p in document.priorities] == [1, 2]
    doc = reopen(document)
    assert "Selectie: Alleen de acties waarbij partij JOB betrokken is." in [p.text for p in doc.paragraphs]
    assert sorted(action_rows(doc)) == ["1.1-01", "2.1-01"]


def test_goal_variant_on_the_sample(sample_checked):
    document = make(sample_checked, goal="2.1")
    [priority] = document.priorities
    [goal] = priority.goals
    assert (priority.number, priority.title, goal.code, goal.title) == (
        2,
        "Onderwijs sluit aan op de arbeidsmarkt",
        "2.1",
        "Studiekeuze",
    )
    assert goal.sentences == (
        "Stand in najaar 2025 van de 1 actie: 1 Loopt.",
        "Sinds zomer 2024: 1 actie van Niet gestart naar Loopt.",
    )
    assert goal.indicators == ()
    assert [(r.budget_id, r.amount_text, r.kind, r.years) for r in document.budget.rows] == [
        ("B04", "€ 2,5 mln", "eenmalig", "2023")
    ]
    assert make(sample_checked, goal="1.2").budget.intro_sentences == ("Bij doelstelling 1.2 staan geen budgetregels.",)


def test_the_first_round_has_no_previous_column(sample_checked):
    document = make(sample_checked, round_name="ZOMER 2024")
    assert (document.round_name, document.previous_round_name, document.round_date_text) == (
        "zomer 2024",
        None,
        "1 juli 2024",
    )
    row = document.priorities[0].goals[0].rows[0]
    assert row.previous is None and row.current == appendix.StatusText("Loopt", "Kamerbrief verstuurd.")
    assert [c.text for c in reopen(document).tables[0].rows[0].cells] == [
        "Wat?",
        "Wie?",
        "Wanneer?",
        "Voortgang zomer 2024",
    ]


# --- refusals ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("round_name", "party", "goal", "problems"),
    [
        (None, None, None, ()),
        ("Najaar  2025", "ministerie van OCW", "1.1", ()),
        (
            "winter 2026",
            None,
            None,
            ("De ronde 'winter 2026' staat niet in het werkboek. Kies 'zomer 2024' of 'najaar 2025'.",),
        ),
        (
            None,
            "NS",
            None,
            (
                "De partij 'NS' staat niet in het blad Partijen, ook niet als andere naam. Gebruik de naam uit de "
                "kolom Partij, bijvoorbeeld 'OCW' of 'JOB'.",
            ),
        ),
        (None, None, "9.9", ("De doelstelling '9.9' bestaat niet. Kies een van deze codes: 1.1, 1.2, 2.1 of 3.1.",)),
    ],
)
def test_choose_resolves_or_says_what_is_wrong(sample_checked, round_name, party, goal, problems):
    checked, overview = sample_checked
    choice = appendix.choose(overview, checked.report, round_name, party, goal, name=checked.name)
    assert choice.problems == problems
    if not problems:
        assert (choice.round_name, choice.previous_round) == ("najaar 2025", "zomer 2024")
        assert choice.party in (None, "OCW") and choice.goal in (None, "1.1")


def test_choose_collects_every_problem_at_once(sample_checked):
    checked, overview = sample_checked
    problems = appendix.choose(overview, checked.report, "x", "y", "z").problems
    assert [p.split("'")[1] for p in problems] == ["x", "y", "z"]  # round, party, goal: each named


def test_a_workbook_with_fouten_is_refused(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_GOAL] = "9.9"  # unknown goal: a fout
    checked = check(sample.build(tmp_path, data, name="fout.xlsx"), today=TODAY)
    overview = build_overview(checked.workbook, today=TODAY)
    with pytest.raises(appendix.Refused) as refused:
        appendix.view(overview, checked.report, name="fout.xlsx", digest=checked.digest)
    assert refused.value.problems == (
        "Het werkboek 'fout.xlsx' bevat 1 fout. Een bijlage voor de Kamer wordt alleen gemaakt uit een werkboek "
        "zonder fouten: los ze eerst op (zie de controle van het werkboek) en maak de bijlage daarna opnieuw.",
    )


def test_an_unreadable_workbook_or_one_without_rounds_is_refused(tmp_path):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen werkboek")
    checked = check(broken)
    [problem] = appendix.choose(None, checked.report, name="kapot.xlsx").problems
    assert problem.startswith("Het werkboek 'kapot.xlsx' kan niet worden gelezen: ")
    data = sample.sample_data()
    for row in data[contract.SHEET_ACTIONS]:
        for key in [k for k in row if k.startswith(("Status ", "Voortgang "))]:
            del row[key]
    checked = check(sample.build(tmp_path, data, name="zonder.xlsx"))
    problems = appendix.choose(build_overview(checked.workbook), checked.report, name="zonder.xlsx").problems
    assert any(p.startswith("Het werkboek heeft nog geen rapportageronde") for p in problems)


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (2023, 2027, "2023 – 2027"),
        (2024, 2024, "2024"),
        (2023, None, "vanaf 2023"),
        (None, 2027, "tot en met 2027"),
        (None, None, "-"),
    ],
)
def test_years_text(start, end, text):
    assert appendix.years_text(start, end) == text


# --- the PDF -------------------------------------------------------------------------------------------------------
def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.libreoffice
def test_the_canonical_report_converts_to_pdf_and_its_first_pages_render(canonical, tmp_path):
    soffice_path()  # fails in CI, skips elsewhere, when LibreOffice is missing
    source = tmp_path / "bijlage.docx"
    write_docx(make(canonical), source)
    pdf = to_pdf(source, tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
    pngs = render_pages(pdf, tmp_path / "png", first=1, last=2, dpi=60)
    assert [p.name for p in pngs] == ["page-01.png", "page-02.png"]
    for png in pngs:
        width, height = _png_size(png)
        assert 690 < width < 715 and 485 < height < 505  # A4 landscape at 60 dpi: 702 x 496
        assert png.stat().st_size > 10_000  # not a blank page


def test_hostile_workbook_text_is_written_as_plain_text(tmp_path):
    from tests.test_hostile import FORMULA, FORMULA_2, hostile_data

    checked = check(sample.build(tmp_path, hostile_data(), name="vijandig.xlsx"), today=TODAY)
    doc = reopen(make((checked, build_overview(checked.workbook, today=TODAY))))
    rows = action_rows(doc)
    sheet = checked.workbook.frame(contract.SHEET_ACTIONS).set_index(contract.COL_ACTION_ID)
    assert rows["1.1-02"]["Wat"] == FORMULA and rows["1.1-02"]["Wanneer"] == FORMULA_2
    assert rows["1.1-01"]["Wat"] == sheet.loc["1.1-01", contract.COL_WHAT]  # <script>, an image: as text
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings[0] == "Doelstelling 1.1: Gelijkwaardigheid <b onmouseover=\"window.__pwned='goal'\">vet</b>"
    body = doc.element.body
    assert [el.text.strip().split()[0] for el in body.xpath(".//w:instrText")] == ["TOC"]  # no field but the contents
    assert body.xpath(".//w:fldSimple") == []


def test_the_page_view_outlines_the_document_or_says_why_not(sample_checked, tmp_path):
    checked, overview = sample_checked
    page = appendix_page.view(overview, None, "JOB", None, report=checked.report, name="w.xlsx", digest=checked.digest)
    assert page.file_stem == "bijlage-najaar-2025-JOB"
    assert page.contents == ("Doelstelling 1.1: Gelijkwaardigheid (1 actie)", "Doelstelling 2.1: Studiekeuze (1 actie)")
    assert dict(page.facts)["Inhoud"] == "2 doelstellingen, 2 acties"
    refused = appendix_page.view(overview, "winter", None, None, report=checked.report, name="w.xlsx", digest="ab" * 6)
    assert refused.document is None and refused.choice.problems[0].startswith("De ronde 'winter'")


def test_a_goal_without_actions_is_listed_in_the_whole_appendix_only(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_GOALS].append(
        {
            contract.COL_GOAL: "3.2",
            contract.COL_PRIORITY: 3,
            contract.COL_TITLE: "Burgerschap",
            contract.COL_DESCRIPTION: "X",
        }
    )
    checked = check(sample.build(tmp_path, data), today=TODAY)
    assert checked.report.valid, checked.report.as_text()
    both = (checked, build_overview(checked.workbook, today=TODAY))
    whole = make(both)
    goals = [(g.code, len(g.rows), g.sentences) for p in whole.priorities for g in p.goals]
    assert goals[-1] == ("3.2", 0, ()) and [g[0] for g in goals] == ["1.1", "1.2", "2.1", "3.1", "3.2"]
    texts = [p.text for p in reopen(whole).paragraphs]
    assert "Doelstelling 3.2: Burgerschap" in texts and NO_ACTIONS_TEXT in texts
    assert [g.code for p in make(both, goal="3.2").priorities for g in p.goals] == ["3.2"]
    assert "3.2" not in [g.code for p in make(both, party="OCW").priorities for g in p.goals]


def test_each_goal_lists_its_indicators_with_the_figures_the_app_shows(canonical):
    """Issue 16's indicators reach the appendix: under each goal's heading, before its table, one bullet per
    indicator with the sentence of the Doelstellingen page (views.indicators), and nowhere else."""
    from views import indicators as indicator_views

    _, overview = canonical
    doc = reopen(make(canonical))
    paragraphs = doc.paragraphs
    bullets: dict[str, list[str]] = {}
    goal = None
    for p in paragraphs:
        if p.style.name == "Heading 2":
            goal = p.text.removeprefix("Doelstelling ").split(":")[0]
        elif p.style.name == "List Bullet" and goal is not None:
            bullets.setdefault(goal, []).append(p.text)
    expected = {}
    for code in overview.goals[contract.COL_GOAL]:
        shown = indicator_views.for_goal(overview, code)
        if shown:
            expected[code] = [f"{i.indicator_id} {i.sentence}" for i in shown]
    assert sum(len(v) for v in expected.values()) >= 20  # the canonical workbook: 25 indicators, most with a goal
    # the figures exactly as on the page: the bullet is the page's sentence with the id in front
    assert bullets == expected


# --- issue 23: no invented status, the letter, the version, the PDF as sent ---------------------------------------
def test_an_empty_status_is_geen_antwoord_and_never_a_move(tmp_path):
    data = sample.sample_data()
    for row in data[contract.SHEET_ACTIONS][:2]:  # 1.1-01 and 1.1-02: Loopt in zomer 2024, no answer in najaar 2025
        row["Status najaar 2025"] = row["Voortgang najaar 2025"] = None
    checked = check(sample.build(tmp_path, data), today=TODAY)
    assert checked.report.valid, checked.report.as_text()
    document = make((checked, build_overview(checked.workbook, today=TODAY)))
    goal = document.priorities[0].goals[0]
    assert [(r.action_id, r.current.status) for r in goal.rows] == [
        ("1.1-01", "Geen antwoord"),
        ("1.1-02", "Geen antwoord"),
    ]
    assert goal.sentences[0] == "Stand in najaar 2025 van de 2 acties: van 2 acties geen antwoord."
    assert goal.sentences[1] == "Geen actie heeft in najaar 2025 een andere status dan in zomer 2024."
    sentences = " ".join(s for p in document.priorities for g in p.goals for s in g.sentences)
    assert "naar Onbekend" not in sentences and "van Onbekend" not in sentences
    rows = action_rows(reopen(document))
    assert rows["1.1-01"]["Voortgang najaar 2025 status"] == "Status: geen antwoord"
    assert rows["1.1-01"]["Voortgang najaar 2025"] == ""  # not "(geen voortgangstekst)"


def test_the_letter_comes_from_the_rounds_sheet_unless_given(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ROUNDS][1] |= {
        contract.COL_LETTER_DATE: dt.date(2025, 11, 12),
        contract.COL_REFERENCE: "2025-0000123456",
        contract.COL_PAPER: "31 524, nr. 700",
    }
    checked = check(sample.build(tmp_path, data), today=TODAY)
    assert checked.report.valid, checked.report.as_text()
    both = (checked, build_overview(checked.workbook, today=TODAY))
    document = make(both)
    assert document.letter == appendix.Letter(dt.date(2025, 11, 12), "2025-0000123456", "31 524, nr. 700")
    assert document.header_text == (
        "Werkagenda mbo 2023-2027 | Bijlage bij de Kamerbrief van 12 november 2025 | Kenmerk 2025-0000123456"
    )
    given = appendix.view(
        both[1], checked.report, name="w.xlsx", digest=checked.digest, letter=appendix.Letter(reference="NIEUW-1")
    )
    assert given.letter == appendix.Letter(dt.date(2025, 11, 12), "NIEUW-1", "31 524, nr. 700")
    assert make(both, round_name="zomer 2024").letter == appendix.Letter()  # another round: nothing given


def _pdf_text(pdf) -> str:
    import shutil
    import subprocess

    from support.browser import in_ci

    tool = shutil.which("pdftotext")
    if tool is None:
        if in_ci():
            pytest.fail("pdftotext is not installed (apt-get install poppler-utils)")
        pytest.skip("pdftotext is not installed")
    return subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True, timeout=120).stdout


def broken_words(text: str, cells: list[str], texts: list[str] = ()) -> list[tuple[str, str]]:
    """Words of ``cells`` that the PDF shows split over two lines inside a word (not after a hyphen or slash).

    pdftotext writes each line of a cell on a line of its own; a word broken in the middle shows as a line ending in
    a piece and the next line starting with the rest, where the pieces are not words of the document's ``texts``
    (two words that happen to make a longer one, "samenwerking" + "en", are a line break at a space).
    """
    words = {w for cell in cells for w in cell.split()}
    known = words | {w for t in texts for w in t.split()}
    lines = [line.split() for line in text.splitlines() if line.split()]
    return [
        (a[-1], b[0])
        for a, b in itertools.pairwise(lines)
        if a[-1] + b[0] in words and not a[-1].endswith(("-", "/")) and not (a[-1] in known and b[0] in known)
    ]


@pytest.mark.libreoffice
def test_the_canonical_pdf_has_the_letter_and_version_no_file_name_and_no_broken_word(canonical, tmp_path):
    soffice_path()  # fails in CI, skips elsewhere, when LibreOffice is missing
    checked, overview = canonical
    version = "7218d98" + "c" * 33
    document = appendix.view(
        overview,
        checked.report,
        name=checked.name,
        digest=checked.digest,
        version_id=version,
        letter=appendix.Letter(dt.date(2025, 11, 12), "2025-0000123456", "31 524, nr. 700"),
        today=TODAY,
    )
    source = tmp_path / "bijlage.docx"
    write_docx(document, source)
    text = _pdf_text(to_pdf(source, tmp_path / "pdf"))
    cover = text.split("Inhoud")[0]
    for line in ("Bijlage bij de Kamerbrief van 12 november 2025", "2025-0000123456", "31 524, nr. 700", "7218d98"):
        assert line in cover, line
    assert "Gemaakt uit: versie 7218d98 (zie Geschiedenis), ronde najaar 2025 van 1 november 2025" in " ".join(
        cover.split()
    )
    assert "actieoverzicht.xlsx" not in text and ".xlsx" not in text
    assert re.findall(r"\d{3}_[0-9a-f]{16}", text) == []  # every source by its title and date, never a file name
    assert "Actie-overzicht Werkagenda mbo" in text.split("Budget-ID")[-1]  # 002 by its title in the budget
    rows = [r for p in document.priorities for g in p.goals for r in g.rows]
    cells = [r.who for r in rows] + [r.when for r in rows]
    assert sum(len(c.split()) for c in cells) > 300  # the Wie and Wanneer cells of 78 actions
    texts = [r.what for r in rows] + [s.text for r in rows for s in (r.previous, r.current) if s]
    assert broken_words(text, cells, texts) == []
    # the check itself finds a break: a word split over two lines is reported
    assert broken_words("OCW, Lerarenorga\nnisaties", ["OCW, Lerarenorganisaties"]) == [("Lerarenorga", "nisaties")]
    assert broken_words("mbo-\nscholen en\nde", ["mbo-scholen en de"]) == []
