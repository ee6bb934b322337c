"""Chart specs (dashboard/charts/), the Dutch formats (workbook/nl.py), the colours (dashboard/theme.py), tables."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import altair as alt
import pandas as pd
import pytest

from dashboard import charts, theme
from dashboard.charts.timeline import ARROW_ROOM
from dashboard.tables import for_display
from domain import budget, labels, parties, status, timeline
from domain.budget import BudgetFigure
from support import sample
from views import budget as budget_view
from views import indicators as indicator_views
from views.timeline import with_periods
from workbook import contract, nl


@pytest.fixture(scope="module")
def overview(tmp_path_factory):
    data = sample.sample_data(indicators=True)
    return sample.overview(tmp_path_factory.mktemp("charts"), data, today=dt.date(2026, 11, 22))


def spec(chart) -> dict:
    return chart.to_dict()


def records(chart) -> list[dict]:
    """All rows of all datasets of a chart."""
    return [row for rows in spec(chart).get("datasets", {}).values() for row in rows]


def layers(chart) -> list[dict]:
    d = spec(chart)
    return d.get("layer") or d.get("spec", {}).get("layer") or [d]


def encoded_fields(chart) -> set[str]:
    fields = set()
    for layer in layers(chart):
        for channel in layer.get("encoding", {}).values():
            items = channel if isinstance(channel, list) else [channel]
            fields |= {item["field"] for item in items if isinstance(item, dict) and "field" in item}
    return fields


def tooltip_titles(chart) -> set[str]:
    titles = set()
    for layer in layers(chart):
        tooltip = layer.get("encoding", {}).get("tooltip", [])
        titles |= {t.get("title") for t in (tooltip if isinstance(tooltip, list) else [tooltip])}
    return titles


# --- every chart: title, description, Dutch locale ---------------------------------------------------
def all_charts(overview) -> dict[str, alt.TopLevelMixin]:
    names = labels.goal_labels(overview)
    matrix = parties.party_matrix(overview)
    lines = budget_view.amount_texts(budget.budget_lines(overview))
    shown = budget_view.view(overview)
    return {
        "status_bars": charts.status_bars(
            status.status_counts(overview, by=contract.COL_GOAL),
            title="Status per doelstelling",
            description="Beschrijving.",
            order=labels.group_order(overview, contract.COL_GOAL),
        ),
        "status_total": charts.status_bars(
            status.status_counts(overview), title="Alle acties", description="Beschrijving.", category=None
        ),
        "by_round": charts.status_by_round_chart(
            status.status_by_round(overview), title="Per ronde", description="Beschrijving.", rounds=overview.rounds
        ),
        "by_round_goals": charts.status_by_round_chart(
            status.status_by_round(overview, by_goal=True),
            title="Per ronde per doel",
            description="Beschrijving.",
            rounds=overview.rounds,
            by_goal=True,
            goals=list(names.values()),
        ),
        "heatmap": charts.party_heatmap(
            matrix, title="Matrix", description="Beschrijving.", parties=parties.party_order(matrix), goals=list(names)
        ),
        "role_status": charts.role_status_chart(
            parties.party_status_counts(overview, "OCW"), title="Rollen", description="Beschrijving."
        ),
        "per_year": charts.budget_per_year_chart(shown.per_year.figure, title="Per jaar", description="Beschrijving."),
        "by_group": charts.budget_group_chart(shown.by_group.figure, title="Per doel", description="Beschrijving."),
        "lines": charts.budget_lines_chart(shown.by_kind.figure, title="Regels", description="Beschrijving."),
        "quality": charts.quality_agenda_chart(
            BudgetFigure(budget_view.amount_texts(budget.budget_per_year(lines).rows), pd.DataFrame()),
            title="Kwaliteit",
            description="Beschrijving.",
        ),
        "composition": charts.composition_chart(
            shown.whole.composition, title="Samenstelling", description="Beschrijving."
        ),
        "indicator": _indicator_chart(indicator_views.for_goal(overview, "1.2")[0], "Beschrijving."),
        "timeline": charts.timeline_chart(
            with_periods(timeline.timeline(overview)),
            title="Tijdlijn",
            description="Beschrijving.",
            axis=timeline.timeline_axis(overview),
            today_year=2026.9,
        ),
    }


def _indicator_chart(indicator, description=None):
    return charts.indicator_chart(
        indicator.points,
        title=indicator.chart_title,
        description=description or indicator.chart_description,
        unit=indicator.unit,
        baseline=indicator.baseline,
        baseline_label=indicator.baseline_label,
        target=indicator.target,
        target_label=indicator.target_label,
    )


@pytest.fixture(scope="module")
def built(overview):
    return all_charts(overview)


def test_every_chart_has_a_title_a_description_and_dutch_number_formats(built):
    for name, chart in built.items():
        d = spec(chart)
        assert d["title"]["text"], name
        assert d["description"] == "Beschrijving.", name
        assert charts.description_of(chart) == "Beschrijving." and charts.title_of(chart) == d["title"]["text"], name
        assert d["config"]["locale"]["number"]["decimal"] == ",", name
        assert d["config"]["locale"]["number"]["thousands"] == ".", name
        assert not any(str(t).startswith("_") for t in tooltip_titles(chart) if t), (
            f"{name}: internal field in a tooltip"
        )
        for layer in layers(chart):  # an axis on an internal field never shows that field's name as title
            for channel in ("x", "y"):
                enc = layer.get("encoding", {}).get(channel, {})
                if enc.get("field", "").startswith("_") and "axis" in enc and enc["axis"] is not None:
                    assert "title" in enc or "title" in enc["axis"], (
                        f"{name}: axis {channel} would be titled {enc['field']}"
                    )


def test_charts_that_fill_the_width_size_their_plot_not_their_frame(built):
    for name, chart in built.items():
        d = spec(chart)
        if "facet" in d:
            assert "autosize" not in d  # Streamlit pads facet charts itself
        else:
            assert d["autosize"] == {"type": "fit-x", "contains": "padding"}, name


# --- status --------------------------------------------------------------------------------------------
def test_status_bars_spec(built, overview):
    chart = built["status_bars"]
    bars = layers(chart)[0]
    color = bars["encoding"]["color"]
    assert color["field"] == "Status"
    assert color["scale"]["domain"] == list(contract.STATUSES)
    assert color["scale"]["range"] == [theme.STATUS_COLORS[x] for x in contract.STATUSES]
    assert color["legend"]["values"] == ["Afgerond", "Loopt", "Gestopt"]  # only the statuses shown
    assert bars["encoding"]["y"]["sort"] == [
        "1.1 Gelijkwaardigheid",
        "1.2 Welzijn",
        "2.1 Studiekeuze",
        "3.1 Taal en rekenen",
    ]
    assert {"Naam", "Status", "_start", "_end", "_mid", "_label"} <= encoded_fields(chart)
    assert {"Status", "Aantal acties", "Aandeel"} <= tooltip_titles(chart)
    rows = [r for r in records(chart) if r["Naam"] == "1.1 Gelijkwaardigheid"]
    # segments in rubric order, stacked: Afgerond 0-1, Loopt 1-2, labelled with their count
    assert [(r["Status"], r["_start"], r["_end"], r["_label"], r["Aandeel (tekst)"]) for r in rows] == [
        ("Afgerond", 0.0, 1.0, "1", "50%"),
        ("Loopt", 1.0, 2.0, "1", "50%"),
    ]


def test_status_labels_are_readable_on_their_colour(built, overview):
    for row in records(built["status_bars"]):
        assert theme.contrast(row["_text_color"], theme.status_color(row["Status"])) >= 4.5


def test_narrow_segments_get_no_label(overview):
    counts = pd.DataFrame(
        {
            "Naam": ["a"] * 2,
            "Status": ["Afgerond", "Loopt"],
            "Aantal": [1, 40],
            "Totaal": [41, 41],
            "Aandeel": [1 / 41, 40 / 41],
        }
    )
    rows = records(charts.status_bars(counts, title="t", description="d."))
    assert [(r["Status"], r["_label"]) for r in rows] == [("Afgerond", ""), ("Loopt", "40")]


def test_status_by_round_per_goal_is_faceted_in_goal_order(built, overview):
    d = spec(built["by_round_goals"])
    assert d["facet"]["row"]["field"] == "Naam"
    assert d["facet"]["row"]["sort"] == list(labels.goal_labels(overview).values())
    assert d["spec"]["layer"][0]["encoding"]["y"]["sort"] == ["zomer 2024", "najaar 2025"]


# --- parties ------------------------------------------------------------------------------------------
def test_heatmap_spec_and_cell_selection(built, overview):
    chart = built["heatmap"]
    cells, text = layers(chart)
    assert cells["encoding"]["x"]["field"] == "Doelstelling" and cells["encoding"]["y"]["field"] == "Partij"
    assert cells["encoding"]["y"]["sort"] == ["OCW", "JOB", "Mbo-scholen", "MBO Raad", "VWS"]
    assert text["encoding"]["text"]["field"] == "_label"
    assert {"Partij", "Doelstelling", "Primair", "Betrokken", "Andere partijen"} <= tooltip_titles(chart)
    params = spec(chart)["params"] if "params" in spec(chart) else cells["params"]
    assert params[0]["name"] == charts.SELECT_CELL
    assert params[0]["select"]["fields"] == ["Partij", "Doelstelling"]
    labels = {(r["Partij"], r["Doelstelling"]): r["_label"] for r in records(chart)}
    assert labels[("OCW", "1.1")] == "2" and labels[("VWS", "1.1")] == ""  # zero cells stay empty


def test_heatmap_numbers_are_readable_on_every_fill():
    highest = 17
    fills = [charts.heat_fill(v, highest) for v in range(0, highest + 1)]
    assert fills[0] == theme.HEAT_EMPTY
    lum = [theme.luminance(f) for f in fills[1:]]
    assert lum == sorted(lum, reverse=True)  # more actions, darker
    for fill in fills:
        assert theme.contrast(theme.text_color_on(fill), fill) >= 4.5


def test_heatmap_marks_the_chosen_party(overview):
    matrix = parties.party_matrix(overview)
    chart = charts.party_heatmap(
        matrix,
        title="t",
        description="d.",
        parties=parties.party_order(matrix),
        goals=["1.1", "1.2", "2.1", "3.1"],
        chosen_party="JOB",
    )
    chosen = {(r["Partij"], r["Doelstelling"]) for r in records(chart) if r["_chosen"]}
    assert chosen == {("JOB", g) for g in ("1.1", "1.2", "2.1", "3.1")}


# --- budget ---------------------------------------------------------------------------------------------
def test_budget_per_year_chart_draws_no_part_and_traces_every_segment(built, overview):
    chart = built["per_year"]
    rows = [r for r in records(chart) if "Budget-ID" in r]
    assert {r["Budget-ID"] for r in rows} == {"B01", "B03", "B04"}  # B02 is part of B01
    assert {"Budget-ID", "Omschrijving", "Bedrag", "Soort", "Bron", "Jaar"} <= tooltip_titles(chart)
    totals = {r["Jaar"]: r["_label"] for r in records(chart) if "Budget-ID" not in r}
    assert totals == {2023: "€ 902,5 mln", 2024: "€ 1.604 mln", 2025: "€ 900 mln", 2026: "€ 900 mln", 2027: "€ 900 mln"}
    bars = layers(chart)[0]
    assert bars["encoding"]["color"]["legend"]["values"] == ["structureel per jaar", "per jaar", "eenmalig"]
    assert bars["encoding"]["y"]["axis"]["format"] == ",.2~f"


def test_budget_per_year_chart_puts_the_precision_of_each_total_on_top(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET][3][contract.COL_PRECISION] = "ongeveer"  # B04, 2,5 in 2023
    sample_data[contract.SHEET_BUDGET][2][contract.COL_PRECISION] = "oplopend tot"  # B03, 704 in 2024
    overview = sample.overview(tmp_path, sample_data, dt.date(2026, 11, 22))
    figure = budget_view.view(overview).per_year.figure
    chart = charts.budget_per_year_chart(figure, title="Per jaar", description="Beschrijving.")
    totals = {r["Jaar"]: (r["_word"], r["_label"]) for r in records(chart) if "Budget-ID" not in r}
    assert totals[2023] == ("ongeveer", "€ 902,5 mln") and totals[2024] == ("ten hoogste", "€ 1.604 mln")
    assert totals[2025] == ("", "€ 900 mln")
    amount, word = layers(chart)[-2:]  # the word on a line above the amount, both above the column
    assert (amount["encoding"]["text"]["field"], word["encoding"]["text"]["field"]) == ("_label", "_word")
    assert word["mark"]["dy"] < amount["mark"]["dy"] < 0
    tooltips = {r["Budget-ID"]: r["Bedrag"] for r in records(chart) if "Budget-ID" in r and r["Jaar"] == 2024}
    assert tooltips == {"B01": "€ 900 mln", "B03": "oplopend tot € 704 mln"}


def test_composition_chart_shows_parts_against_the_whole(built, overview):
    chart = built["composition"]
    rows = records(chart)
    assert [(r["_row"], r["_legend"], r["_start"], r["_end"]) for r in rows] == [
        ("Geheel: B01 Totaal per jaar", "B01 (geheel)", 0.0, 900.0),
        ("Onderdelen", "B02 Extra investering", 0.0, 367.0),
        ("Onderdelen", "Niet uitgesplitst", 367.0, 900.0),
    ]
    assert [r["_label"] for r in rows] == ["B01 € 900 mln", "B02 € 367 mln", "Niet uitgesplitst € 533 mln"]


def test_composition_chart_never_stacks_overlapping_parts(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET][2][contract.COL_PART_OF] = "B01"  # 704 + 367 > 900: the parts overlap
    overview = sample.overview(tmp_path, sample_data, dt.date(2026, 11, 22))
    comp = budget_view.view(overview, "B01").whole.composition
    rows = records(charts.composition_chart(comp, title="Samenstelling", description="Beschrijving."))
    assert [(r["_row"], r["_start"], r["_end"]) for r in rows] == [
        ("Geheel: B01 Totaal per jaar", 0.0, 900.0),
        ("Onderdeel: B02", 0.0, 367.0),
        ("Onderdeel: B03", 0.0, 704.0),
    ]


def test_budget_group_chart_keeps_kinds_apart(built, overview):
    chart = built["by_group"]
    bars = layers(chart)[0]
    assert bars["encoding"]["y"]["field"] == "_row"  # one bar per goal and kind, named in words next to its colour
    assert [(r["Groep"], r["Budget-ID"], r["_row"]) for r in records(chart)] == [
        ("2.1 Studiekeuze", "B04", "2.1 Studiekeuze · eenmalig")
    ]
    assert bars["encoding"]["y"]["sort"] == ["2.1 Studiekeuze · eenmalig"]


def test_budget_group_chart_orders_goals_then_kinds_and_never_adds_kinds():
    rows = pd.DataFrame(
        {
            "Groep": ["3.3 Werk", "3.3 Werk", "2.1 Keuze", "3.3 Werk"],
            "Soort": ["per jaar", "totaal looptijd", "per jaar", "per jaar"],
            "Budget-ID": ["B1", "B2", "B3", "B4"],
            "Bedrag (mln €)": [142.0, 22.0, 33.0, 30.0],
        }
    )
    rows["Bedrag"] = rows["Bedrag (mln €)"].map(nl.euro_short)
    rows["Omschrijving"] = rows["Bron"] = ""
    figure = BudgetFigure(rows=rows, left_out=pd.DataFrame())
    chart = charts.budget_group_chart(figure, title="t", description="d.", groups=["2.1 Keuze", "3.3 Werk"])
    bars = layers(chart)[0]
    assert bars["encoding"]["y"]["sort"] == [
        "2.1 Keuze · per jaar",
        "3.3 Werk · per jaar",
        "3.3 Werk · totaal looptijd",
    ]
    ends = {r["Budget-ID"]: (r["_start"], r["_end"]) for r in records(chart)}
    assert ends["B1"] == (0.0, 142.0) and ends["B4"] == (142.0, 172.0)  # stacked within one kind
    assert ends["B2"] == (0.0, 22.0)  # another kind starts at zero: never added


# --- time line -------------------------------------------------------------------------------------------
def test_timeline_chart_marks_open_ended_actions(built, overview):
    chart = built["timeline"]
    bars, words, arrows, years, _rule, now = layers(chart)
    assert bars["encoding"]["x"]["field"] == "Begin" and bars["encoding"]["x2"]["field"] == "Einde"
    assert bars["encoding"]["color"]["field"] == "Laatste status"
    assert arrows["mark"]["shape"] == "triangle-right"
    assert bars["encoding"]["x"]["scale"]["domain"] == [2022, 2028 + ARROW_ROOM]
    datasets = spec(chart)["datasets"]
    arrow_rows = datasets[arrows["data"]["name"]]
    assert sorted(r["Actie-ID"] for r in arrow_rows) == ["1.1-01", "2.1-01"]
    labels = (
        {r["Actie-ID"]: r["_label"] for r in datasets[bars["data"]["name"]] if "Actie-ID" in r}
        if "data" in bars
        else {r["Actie-ID"]: r["_label"] for r in records(chart) if "Actie-ID" in r and "_label" in r}
    )
    assert labels["1.1-01"] == "Loopt · doorlopend" and labels["3.1-01"] == "Gestopt"
    rows = (
        {r["Actie-ID"]: r for r in datasets[words["data"]["name"]]}
        if "data" in words
        else {r["Actie-ID"]: r for r in records(chart) if "_text_x" in r}
    )
    assert words["encoding"]["x"]["field"] == "_text_x"
    for row in rows.values():  # words that do not fit in their bar stand after it, in black (never white on white)
        if row["_text_x"] != row["Begin"]:
            assert row["_text_x"] == row["Einde"] and row["_text_color"] == "#1A1A1A", row
    assert rows["1.1-01"]["_text_x"] == rows["1.1-01"]["Begin"]  # open-ended: always in the bar
    assert rows["1.1-02"]["_text_x"] == rows["1.1-02"]["Einde"]  # one year is too short for "Afgerond"
    assert rows["1.2-01"]["_text_x"] == rows["1.2-01"]["Begin"]  # four years: room enough
    assert [r["_label"] for r in datasets[years["data"]["name"]]] == ["2022", "2023", "2024", "2025", "2026", "2027"]
    assert datasets[now["data"]["name"]][0]["_label"] == "nu"
    assert {"Actie", "Wat", "Wanneer", "Periode", "Laatste status"} <= tooltip_titles(chart)


# --- formats --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234.5, "€ 1.234,5 mln"),
        (367, "€ 367 mln"),
        (0.25, "€ 0,25 mln"),
        (2.5, "€ 2,5 mln"),
        (1234567.0, "€ 1.234.567 mln"),
        (None, ""),
    ],
)
def test_euro_mln(value, expected):
    assert nl.euro_mln(value) == expected


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (nl.number, 1234.5, "1.235"),
        (lambda v: nl.number(v, 1), 1234.5, "1.234,5"),
        (nl.percent, 0.4234, "42%"),
        (nl.percent, 1, "100%"),
        (nl.euro_short, 12500, "€ 12,5 mld"),
        (nl.date, dt.date(2025, 11, 1), "1 november 2025"),
        (nl.datetime, dt.datetime(2026, 3, 4, 9, 5), "4 maart 2026, 09:05"),
        (lambda n: nl.count(n, "actie", "acties"), 1, "1 actie"),
        (lambda n: nl.count(n, "actie", "acties"), 1200, "1.200 acties"),
        (nl.shorten, "a  b\nc", "a b c"),
        (lambda t: nl.shorten(t, 5), "abcdefgh", "abcd…"),
        (theme.status_badge, "Afgerond", ":green-badge[Afgerond]"),
        (theme.status_badge, "[x](javascript:alert(1))", ":gray-badge[Onbekend]"),  # never workbook text in a badge
    ],
)
def test_dutch_formats(function, value, expected):
    assert function(value) == expected


def test_for_display_shows_dutch_text_and_empty_cells():
    frame = pd.DataFrame(
        {
            "Startjaar": pd.array([2023, None], dtype="Int64"),
            "Bedrag (mln €)": [1234.5, None],
            "Aantal": pd.array([1200, 3], dtype="Int64"),
            "Wie": ["OCW", None],
            "Doorlopend": [True, False],
        }
    )
    shown = for_display(frame)
    assert shown.values.tolist() == [["2023", "1.234,5", "1.200", "OCW", "ja"], ["", "", "3", "", "nee"]]


# --- colours: contrast and colour-blind safety -------------------------------------------------------------
def test_status_colours_stand_out_from_white_and_carry_readable_text():
    for word, color in theme.STATUS_COLORS.items():
        assert theme.contrast(color, "#FFFFFF") >= 3, word  # WCAG 1.4.11 non-text contrast
        assert theme.contrast(color, theme.text_color_on(color)) >= 4.5, word  # a label on the bar
    for kind, color in theme.KIND_COLORS.items():
        assert theme.contrast(color, "#FFFFFF") >= 3, kind


# Machado et al. (2009) simulation matrices (severity 1.0), applied to linear RGB.
CVD = {
    "protanopie": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopie": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopie": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(hex_color: str, matrix) -> tuple[float, float, float]:
    def linear(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(hex_color[i : i + 2], 16)) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb)))) for row in matrix)
    x, y, z = (
        0.4124 * r + 0.3576 * g + 0.1805 * b,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        0.0193 * r + 0.1192 * g + 0.9505 * b,
    )

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


@pytest.mark.parametrize("vision", sorted(CVD))
def test_status_colours_stay_apart_for_colour_blind_readers(vision):
    matrix = CVD[vision]
    for (a, ca), (b, cb) in itertools.combinations(theme.STATUS_COLORS.items(), 2):
        distance = math.dist(_lab(ca, matrix), _lab(cb, matrix))
        assert distance >= 10, f"{a} and {b} look alike under {vision} (ΔE {distance:.1f})"


# --- indicators -------------------------------------------------------------------------------------------------
def test_indicator_chart_draws_the_measurements_with_their_values_and_the_baseline_and_target(built):
    chart = built["indicator"]
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers(chart)]
    assert marks == ["line", "point", "text", "rule", "text", "rule", "text"]
    points = [(r["Jaar"], r["Waarde"], r["Naam"]) for r in records(chart) if "Jaar" in r]
    assert points == [("2021/2022", 25544.0, "25.544"), ("2023/2024", 22308.0, "22.308")]
    rules = [r["Naam"] for r in records(chart) if "Jaar" not in r]
    assert rules == ["Basiswaarde 25.544 (2021/2022)", "Streefwaarde 18.000"]
    assert layers(chart)[0]["encoding"]["x"]["sort"] == ["2021/2022", "2023/2024"]
    assert {"Jaar", "Waarde", "In de bron", "Bron"} <= tooltip_titles(chart)
    assert layers(chart)[1]["encoding"]["y"]["scale"]["domain"] == [0.0, 25544.0 * 1.2]


def test_indicator_chart_colours_always_come_with_their_words(built):
    from dashboard.charts.indicators import BASELINE_COLOR, POINT_COLOR, TARGET_COLOR

    for color in (POINT_COLOR, BASELINE_COLOR, TARGET_COLOR):
        assert theme.contrast(color, theme.WHITE) >= 3
    texts = [layer for layer in layers(built["indicator"]) if layer["mark"]["type"] == "text"]
    assert all(layer["encoding"]["text"]["field"] == "Naam" for layer in texts)  # every point and rule is named


def test_indicator_of_a_grade_runs_from_0_to_10_and_a_percentage_shows_its_precision(overview):
    (share,) = indicator_views.for_goal(overview, "1.1")
    chart = _indicator_chart(share)
    assert [r["Naam"] for r in records(chart) if "Jaar" in r] == ["meer dan 50%", "61%"]
    grade = pd.DataFrame({"Jaar": ["2022"], "Volgorde": [2022.0], "Waarde": [6.8], "Naam": ["6,8"],
                          "Waarde (bron)": ["6,8"], "Bron": ["001"]})  # fmt: skip
    chart = charts.indicator_chart(grade, title="t", description="d.", unit="rapportcijfer (1-10)")
    assert layers(chart)[0]["encoding"]["y"]["scale"]["domain"] == [0.0, 10.0]
