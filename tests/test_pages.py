"""Every page in AppTest: no exception, the expected headings, filters, links, chart specs and downloads."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard.text import escape_markdown
from schemas import check
from support import sample
from tests import apptest
from views import overview as overview_view
from workbook import contract

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
VIEW_PAGES = ["overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "over", "bijlage"]
HEADINGS = {
    "overzicht": "Overzicht",
    "doelstellingen": "Doelstellingen",
    "partijen": "Partijen",
    "budget": "Budget",
    "tijdlijn": "Tijdlijn",
    "over": "Over dit dashboard",
    "bijlage": "Bijlage voor de Kamer",
}


@pytest.fixture
def open_page(workbook_path, monkeypatch):
    apptest.install(monkeypatch)
    return apptest.run_page


def specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def titles(at: AppTest) -> list[str]:
    return [spec["title"]["text"] for spec in specs(at)]


def _found(spec, key: str) -> list:
    """Every value under ``key`` anywhere in a chart spec, however Altair nests its layers and facets."""
    if isinstance(spec, list):
        return [value for item in spec for value in _found(item, key)]
    if not isinstance(spec, dict):
        return []
    here = [spec[key]] if key in spec else []
    return here + [value for name, item in spec.items() if name not in (key, "datasets") for value in _found(item, key)]


def channels(spec: dict) -> dict[str, set[str]]:
    """Channel -> the fields encoded on it in any part of the chart (facet rows included); tests/test_charts.py
    checks each chart's spec in detail, a page test checks that the page draws the chart it means."""
    found: dict[str, set[str]] = {}
    for encoding in [*_found(spec, "encoding"), *_found(spec, "facet")]:
        for channel, value in encoding.items():
            items = value if isinstance(value, list) else [value]
            found.setdefault(channel, set()).update(i["field"] for i in items if isinstance(i, dict) and "field" in i)
    return found


def tooltip_titles(spec: dict) -> set[str]:
    return {item.get("title") for encoding in _found(spec, "encoding") for item in encoding.get("tooltip", [])}


def selected_fields(spec: dict) -> list[list[str]]:
    """The fields of each selection a visitor makes by clicking the chart."""
    return [param["select"]["fields"] for params in _found(spec, "params") for param in params if "select" in param]


download = apptest.download


def csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def action_expanders(at: AppTest) -> list:
    """The expanders of the actions ("2.1-01 · ..."), not those with a chart's numbers."""
    return [e for e in at.expander if " · " in e.label]


def expander_ids(at: AppTest) -> list[str]:
    return [re.sub(r"\\", "", e.label).split(" · ")[0] for e in action_expanders(at)]


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [i.value for i in at.info]
    return "\n".join(str(p) for p in parts)


# --- contract ---------------------------------------------------------------------------------------
def test_every_page_file_is_registered_in_the_router():
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    registered = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "Page"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    on_disk = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert on_disk == registered
    assert {f"pages/{p}.py" for p in VIEW_PAGES} <= registered


# --- every page ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("page", VIEW_PAGES)
def test_page_renders_with_heading_charts_described_and_sidebar(open_page, page):
    at = open_page(page)
    assert [t.value for t in at.title] == [HEADINGS[page]]
    assert not at.error
    captions = [c.value for c in at.caption]
    for spec in specs(at):  # every chart: a Dutch title and its description as a caption next to it
        assert spec["title"]["text"] and escape_markdown(spec["description"]) in captions
        assert spec["config"]["locale"]["number"]["decimal"] == ","
    sidebar = [c.value for c in at.sidebar.caption]
    assert "Getoond werkboek" in sidebar  # the page ran inside app.py's router
    assert any("Controle: in orde" in c for c in sidebar)


def test_overzicht_headline_charts_and_changes(open_page, workbook_path):
    closed = open_page("overzicht")
    assert not closed.get("download_button")  # the table of changes is built only when its expander opens
    at = open_page("overzicht", opened=("overzicht-wijzigingen-open",))
    metrics = {m.label: m.value for m in at.metric}
    # the page shows the view of its workbook today (tests/test_views.py checks the view on fixed dates)
    view = overview_view.view(
        sample.overview(workbook_path.parent, today=dt.date.today()),
        "werkboek.xlsx",
        None,
        False,
        report=check(workbook_path).report,
    )
    assert metrics == {m.label: m.value for m in view.metrics}
    assert list(metrics.items())[:4] == [
        ("Acties", "5"),
        ("Afgerond", "1 (20%)"),
        ("Loopt", "3 (60%)"),
        ("Eindjaar verstreken", "0"),
    ]
    assert list(metrics)[4].startswith("Budget 20") and metrics[list(metrics)[4]] == "€ 900 mln"
    assert titles(at) == ["Status per prioriteit (najaar 2025)", "Status per doelstelling (najaar 2025)"]
    by_goal = channels(specs(at)[1])
    assert "Naam" in by_goal["y"] and "Status" in by_goal["color"]
    assert "- 1 actie van Niet gestart naar Loopt\n- 1 actie van Loopt naar Gestopt" in [m.value for m in at.markdown]
    assert "**Bestand:** werkboek\\.xlsx" in texts(at)
    content, name = download(at, "als CSV")
    assert name == "statuswijzigingen-najaar-2025.csv"
    assert [row[0] for row in csv_rows(content)[1:]] == ["2.1-01", "3.1-01"]


def test_doelstellingen_lists_every_action_per_goal(open_page):
    at = open_page("doelstellingen")
    assert expander_ids(at) == ["1.1-01", "1.1-02", "1.2-01", "2.1-01", "3.1-01"]
    assert [h.value for h in at.subheader] == [
        "1\\.1 Gelijkwaardigheid",
        "1\\.2 Welzijn",
        "2\\.1 Studiekeuze",
        "3\\.1 Taal en rekenen",
    ]
    chart = channels(specs(at)[0])
    assert chart["row"] == {"Naam"} and "Ronde" in chart["y"]  # status mix per round, a row per goal


def test_doelstellingen_shows_the_indicators_of_each_goal(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path, sample.sample_data(indicators=True))))
    apptest.install(monkeypatch)
    at = apptest.run_page("doelstellingen")
    assert not at.exception
    shown = [spec for spec in specs(at) if spec["title"]["text"].startswith("I0")]
    assert [spec["title"]["text"] for spec in shown] == [
        "I02 Aandeel scholen met een studentenkaart",
        "I01 Aantal nieuwe voortijdig schoolverlaters",
    ]
    assert escape_markdown("Streefwaarde 18.000") in texts(at)  # the figures also as text, under the chart
    assert [h.value for h in at.subheader][-1] == "Indicatoren zonder doelstelling"
    assert escape_markdown("meer dan 500.000") in texts(at)  # no year: its sentence instead of a chart


def test_doelstellingen_link_opens_that_view(open_page):
    at = open_page("doelstellingen", doel="2.1", partij="JOB", ronde="zomer 2024")
    assert at.selectbox(key="doelstellingen.doel").value == "2.1"
    assert at.selectbox(key="doelstellingen.partij").value == "JOB"
    assert at.selectbox(key="doelstellingen.ronde").value == "zomer 2024"
    assert expander_ids(at) == ["2.1-01"]
    assert "Niet gestart" in action_expanders(at)[0].label  # the status shown is that of the chosen round
    assert titles(at) == ["Status per ronde van doelstelling 2.1"]
    content, name = download(at, "als CSV")
    assert name == "acties-2.1-JOB-zomer-2024.csv"
    rows = csv_rows(content)
    assert [r[0] for r in rows[1:]] == ["2.1-01"]
    assert rows[0][:7] == ["Actie-ID", "Doelstelling", "Wat", "Wie", "Wanneer", "Startjaar", "Eindjaar"]


def test_doelstellingen_filter_changes_the_actions_and_the_url(open_page):
    at = open_page("doelstellingen")
    at.selectbox(key="doelstellingen.partij").set_value("VWS").run()
    assert not at.exception
    assert expander_ids(at) == ["1.2-01"]
    assert at.query_params == {"partij": "VWS"}
    at.text_input(key="doelstellingen.zoek").set_value("monitor").run()
    assert expander_ids(at) == ["1.2-01"] and at.query_params == {"partij": "VWS", "zoek": "monitor"}
    at.selectbox(key="doelstellingen.partij").set_value("").run()  # back to "Alle partijen"
    assert at.query_params == {"zoek": "monitor"}
    at.selectbox(key="doelstellingen.status").set_value("Afgerond").run()
    assert expander_ids(at) == [] and any("Geen acties gevonden" in i.value for i in at.info)


def test_doelstellingen_excel_download_holds_the_filtered_rows(open_page):
    at = open_page("doelstellingen", partij="OCW", status="Loopt")
    assert expander_ids(at) == ["1.1-01", "1.2-01"]
    content, name = download(at, "als Excel")
    assert name == "acties-OCW-Loopt-najaar-2025.xlsx"
    sheet = load_workbook(io.BytesIO(content)).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["1.1-01", "1.2-01"]


def test_invalid_params_are_ignored_with_a_note(open_page):
    at = open_page("doelstellingen", doel="9.9", partij="[klik](https://example.org)", status="Loopt")
    notes = [c.value for c in at.caption if "onbekende" in c.value]
    assert len(notes) == 2
    assert all("](" not in note.replace("\\]\\(", "") for note in notes)  # shown inert, never as a link
    assert expander_ids(at) == ["1.1-01", "1.2-01", "2.1-01"]  # the valid status still filters


def test_partijen_matrix_and_one_party(open_page):
    at = open_page("partijen", partij="jobmbo")
    heat = specs(at)[0]
    assert "Doelstelling" in channels(heat)["x"] and "Partij" in channels(heat)["y"]
    assert selected_fields(heat) == [["Partij", "Doelstelling"]]  # a click on a cell opens that view
    assert {m.label: m.value for m in at.metric} == {
        "Acties": "2",
        "Primair": "0",
        "Betrokken": "2",
        "Andere partijen": "0",
    }
    assert [h.value for h in at.header] == ["JOB"]
    assert "Status van de acties van JOB per rol (najaar 2025)" in titles(at)
    content, _ = download(at, "als CSV", index=-1)
    assert [(r[0], r[2]) for r in csv_rows(content)[1:]] == [("1.1-01", "betrokken"), ("2.1-01", "betrokken")]


def test_partijen_role_and_goal_filter(open_page):
    at = open_page("partijen")
    at.segmented_control(key="partijen.rol").set_value(contract.ROLE_LEAD).run()
    assert at.query_params == {"rol": contract.ROLE_LEAD}
    assert titles(at) == ["Acties per partij en doelstelling (als primair)"]
    at.selectbox(key="partijen.doel").set_value("2.1").run()
    content, name = download(at, "als CSV", index=-1)
    assert name == "acties-2.1-primair.csv"
    assert [(r[0], r[3]) for r in csv_rows(content)[1:]] == [("2.1-01", "Mbo-scholen")]


def test_budget_charts_trace_their_lines(open_page):
    at = open_page("budget")
    assert titles(at) == [
        "Budget per jaar",
        "Samenstelling van B01 Totaal per jaar (€ 900 mln)",
        "Budget voor de kwaliteitsagenda's per jaar",
        "Budget per doelstelling of prioriteit",
        "Alle budgetregels: structureel, per jaar, eenmalig",
    ]
    assert {"Budget-ID", "Bron", "Bedrag"} <= tooltip_titles(specs(at)[0])
    assert escape_markdown("Niet opgeteld in deze grafiek: B02 (onderdeel van B01).") in [c.value for c in at.caption]
    content, name = download(at, "Budgetregels als CSV")
    assert name == "budgetregels.csv"
    rows = csv_rows(content)
    assert [r[0] for r in rows[1:]] == ["B01", "B02", "B03", "B04"]
    assert rows[1][2] == "900,0"  # the amount as a number (decimal comma) a spreadsheet can add up


def test_tijdlijn_chart_and_filter(open_page):
    at = open_page("tijdlijn", opened=("tijdlijn-tabel-open",), doel="1.1")
    chart = channels(specs(at)[0])
    assert "Begin" in chart["x"] and "Einde" in chart["x2"] and "Laatste status" in chart["color"]
    assert titles(at) == ["Acties in de tijd (doelstelling 1.1)"]
    assert "**2 acties** van de 5" in [m.value for m in at.markdown]
    content, _ = download(at, "als CSV")
    rows = csv_rows(content)
    assert [(r[0], r[4]) for r in rows[1:]] == [("1.1-01", "doorlopend (geen jaren genoemd)"), ("1.1-02", "2023")]


def test_over_names_sources_and_statuses(open_page):
    at = open_page("over")
    assert [h.value for h in at.header] == [
        "Wat u ziet",
        "Waar de gegevens vandaan komen",
        "Wat de statussen betekenen",
        "Het werkboek actueel houden",
        "Toegankelijkheid",
    ]
    body = texts(at)
    for status in contract.STATUSES:
        assert f"[{status}]" in body  # each status word in its badge
    content, _ = download(at, "Rondes als CSV")
    assert csv_rows(content)[1][:3] == ["zomer 2024", "2024-07-01", "Voortgangsbrief zomer 2024"]
    content, _ = download(at, "Bronnen als CSV")  # the Bronnen sheet: each document by its title and date
    assert csv_rows(content)[:3] == [
        ["Titel", "Datum", "Kenmerk"],
        ["Werkagenda mbo 2023-2027 (samenvatting)", "", ""],
        ["Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382"],
    ]


def test_over_without_a_bronnen_sheet_describes_the_sources_in_words(tmp_path, monkeypatch, open_page):
    data = sample.sample_data()
    del data[contract.SHEET_SOURCES]
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path, data, name="zonder-bronnen.xlsx")))
    at = open_page("over")
    body = texts(at)
    assert "de Kamerbrief *Kaders Werkagenda mbo* (15 juli 2022)" in body and "blad *Bronnen*" not in body
    assert not [b for b in at.get("download_button") if "Bronnen" in b.proto.label]


# --- bad workbooks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("page", VIEW_PAGES)
def test_a_workbook_with_a_fout_is_flagged_on_every_page_and_still_shown(tmp_path, monkeypatch, open_page, page):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_GOAL] = "9.9"  # unknown goal: a fout
    data[contract.SHEET_ACTIONS][1]["Status najaar 2025"] = "Bijna klaar"  # not a status: a fout
    path = sample.build(tmp_path, data, name="fout.xlsx")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    at = open_page(page)
    assert any("bevat 2 fouten" in e.value for e in at.error)
    assert [t.value for t in at.title] == [HEADINGS[page]]
    links = [link.proto.page for link in at.get("page_link")]
    assert any("bijwerken" in link for link in links)


def _no_round_columns(data):
    for row in data[contract.SHEET_ACTIONS]:
        for key in [k for k in row if k.startswith(("Status ", "Voortgang "))]:
            del row[key]


def _broken_cells(data):
    actions = data[contract.SHEET_ACTIONS]
    actions[0][contract.COL_ACTION_ID] = None
    actions[3][contract.COL_ACTION_ID] = "1.2-01"  # repeated
    actions[1][contract.COL_GOAL] = None
    for row in actions:
        row[contract.COL_START_YEAR], row[contract.COL_END_YEAR] = "ooit", "later"
    for row in data[contract.SHEET_BUDGET]:
        row[contract.COL_AMOUNT] = "veel"
    data[contract.SHEET_BUDGET][0][contract.COL_PART_OF] = "B02"  # a cycle


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(_no_round_columns, id="no-round-columns"),
        pytest.param(lambda d: d.pop(contract.SHEET_BUDGET), id="no-budget-sheet"),
        pytest.param(
            lambda d: d.update({contract.SHEET_PARTIES: [], contract.SHEET_GOALS: []}), id="no-parties-no-goals"
        ),
        pytest.param(_broken_cells, id="broken-cells"),
    ],
)
def test_every_page_survives_a_broken_workbook(tmp_path, monkeypatch, open_page, breakage):
    data = sample.sample_data()
    breakage(data)
    path = sample.build(tmp_path, data, name="kapot.xlsx")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    for page in VIEW_PAGES:
        at = open_page(page)  # fails on any exception
        assert [t.value for t in at.title] == [HEADINGS[page]]
        assert any(re.search(r"bevat \d+ fout", e.value) for e in at.error), page


@pytest.mark.parametrize("page", VIEW_PAGES)
def test_an_unreadable_workbook_stops_every_page_with_a_message(tmp_path, monkeypatch, open_page, page):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"dit is geen werkboek")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    at = open_page(page)
    assert [t.value for t in at.title] == [HEADINGS[page]]
    assert len(at.error) == 1 and "kan niet worden gelezen" in at.error[0].value
    assert not specs(at) and not at.metric and not at.get("download_button")


def test_workbook_text_is_shown_inert(tmp_path, monkeypatch, open_page):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_WHAT] = "[Klik hier](https://example.org) **vet** <b>html</b>"
    data[contract.SHEET_ACTIONS][0]["Voortgang najaar 2025"] = "# Kop\n![beeld](https://example.org/x.png)"
    path = sample.build(tmp_path, data, name="markdown.xlsx")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    at = open_page("doelstellingen", doel="1.1")
    label = action_expanders(at)[0].label
    assert "\\[Klik hier\\]\\(https" in label and "[Klik hier](https" not in label
    bodies = "\n".join(m.value for m in at.markdown)
    assert "\\# Kop" in bodies and "\\!\\[beeld\\]\\(https" in bodies
    assert "[Klik hier](https" not in bodies and "![beeld](https" not in bodies and "<b>html" not in bodies


def test_a_party_name_with_markdown_stays_text_everywhere(tmp_path, monkeypatch, open_page):
    data = sample.sample_data()
    name = "[Klik](https://example.org)"
    data[contract.SHEET_PARTIES][4][contract.COL_PARTY] = name  # was VWS
    data[contract.SHEET_ACTIONS][2][contract.COL_WHO] = f"MBO Raad, OCW; andere partijen: {name}"
    path = sample.build(tmp_path, data, name="partij.xlsx")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    at = open_page("partijen", partij=name)
    assert [h.value for h in at.header] == ["\\[Klik\\]\\(https\\://example\\.org\\)"]
    shown = [c.value for c in at.caption] + [m.value for m in at.markdown] + [i.value for i in at.info]
    shown += [link.proto.label for link in at.get("page_link")] + [h.value for h in at.subheader]
    assert any("Klik" in text for text in shown)
    assert not any(name in text for text in shown)
