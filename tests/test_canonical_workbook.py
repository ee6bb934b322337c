"""The canonical workbook: complete, consistent and faithful to the sources in docs/bronnen/.

The counts per goal were made by reading the action overview (002) row by row;
everything else is checked against the sources themselves, so a changed or lost
sentence in the workbook shows up here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from domain import budget as domain_budget
from domain.columns import COL_AMOUNT_TEXT, COL_REASON, COL_YEAR
from domain.model import build_overview
from schemas import check
from views import budget as budget_view
from views import overview as overview_view
from workbook import contract
from workbook.wie import PartyIndex, parse_wie

SOURCES = Path(__file__).resolve().parent.parent / "docs" / "bronnen"
OVERVIEW_SOURCE = "002_17ac8c011985482e.txt"
GOALS_SOURCE = "000_9b853ae40feaaf9d.txt"
QUALITY_SOURCE = "004_2a2a0488e385cc4a.txt"

# Counted by hand in 002: one action per row, a row continued after a page break is one action.
ACTIONS_PER_GOAL = {
    "1.1": 10, "1.2": 7, "1.3": 5, "1.4": 3, "1.5": 2,
    "2.1": 9, "2.2": 2, "2.3": 9,
    "3.1": 5, "3.2": 7, "3.3": 9, "3.4": 10,
}  # fmt: skip
ROUND_NAMES = ["zomer 2024", "najaar 2025"]
TODAY = dt.date(2026, 11, 23)


def words(text: object) -> list[str]:
    """Lower-case words, hyphenation across line breaks undone, quotes and punctuation ignored."""
    text = str(text).replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)  # "mbo-\nscholen" (not "leer- \nen")
    text = re.sub(r"(\w)-(\w)", r"\1\2", text)  # "mbo-scholen": the same word
    return re.sub(r"[^\w€%]+", " ", text.casefold()).split()


def source_words(name: str) -> str:
    return " " + " ".join(words((SOURCES / name).read_text(encoding="utf-8"))) + " "


def coverage(text: object, source: str, n: int = 4) -> float:
    """Share of the text's n-word windows that occur in the source."""
    tokens = words(text)
    windows = [" ".join(tokens[i : i + n]) for i in range(0, max(1, len(tokens) - n + 1))]
    return sum(f" {w} " in source for w in windows) / len(windows)


def in_order(text: object, source_tokens: list[str], max_gap: int = 400) -> float:
    """Share of the text's words found in the source in the same order.

    The PDF extraction interleaves the table's columns, so a cell's words come
    in order but with other cells' words in between (and a page break in a row
    puts the rest of a cell further on). Each word is looked for within
    ``max_gap`` words after the previous match, starting at the best place for
    the first three words.
    """
    tokens = words(text)
    if not tokens:
        return 1.0
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(source_tokens):
        positions.setdefault(token, []).append(i)
    best = 0
    head = tokens[:3]
    starts = [i for i in positions.get(head[0], []) if source_tokens[i : i + len(head)] == head] or positions.get(
        tokens[0], []
    )
    for start in starts[:50]:
        found, at = 1, start
        for token in tokens[1:]:
            nxt = next((p for p in positions.get(token, []) if at < p <= at + max_gap), None)
            if nxt is not None:
                found, at = found + 1, nxt
        best = max(best, found)
    return best / len(tokens)


def squashed(name: str) -> str:
    """The source as one string of letters and digits: words split over lines without a hyphen join up."""
    return "".join(words((SOURCES / name).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def checked():
    return check(contract.CANONICAL_WORKBOOK, today=TODAY)


@pytest.fixture(scope="module")
def validated(checked):
    return checked.data, checked.report


@pytest.fixture(scope="module")
def overview(checked):
    return build_overview(checked.workbook, TODAY)


@pytest.fixture(scope="module")
def data(validated):
    data, report = validated
    assert data is not None, report.as_text()
    return data


@pytest.fixture(scope="module")
def actions(data):
    return data.frame(contract.SHEET_ACTIONS)


@pytest.fixture(scope="module")
def budget(data):
    return data.frame(contract.SHEET_BUDGET)


def test_the_workbook_is_in_the_repository_and_validates_without_errors(validated):
    _, report = validated
    assert report.readable
    assert report.errors == [], report.as_text()


def test_openpyxl_opens_every_contract_sheet_with_its_headers_in_order():
    book = openpyxl.load_workbook(contract.CANONICAL_WORKBOOK)
    assert book.sheetnames[0] == contract.SHEET_README
    for sheet, headers in contract.SHEET_COLUMNS.items():
        ws = book[sheet]
        assert ws.sheet_state == "visible"
        first_row = [c.value for c in ws[1]]
        assert first_row[: len(headers)] == list(headers), sheet
        assert ws.freeze_panes == "A2", f"{sheet}: header row frozen"
        assert ws.tables or ws.auto_filter.ref, f"{sheet}: a table or filter to sort and filter by"


def test_every_goal_has_the_number_of_actions_counted_in_the_source(actions):
    assert Counter(actions[contract.COL_GOAL]) == ACTIONS_PER_GOAL
    assert sum(ACTIONS_PER_GOAL.values()) == len(actions) == 78


def test_actions_are_in_source_order_with_unique_ids(actions):
    ids = list(actions[contract.COL_ACTION_ID])
    assert len(set(ids)) == len(ids)
    expected = [f"{goal}-{n:02d}" for goal, count in ACTIONS_PER_GOAL.items() for n in range(1, count + 1)]
    assert ids == expected


def test_goals_are_the_twelve_of_the_werkagenda_with_their_wording(data):
    goals = data.frame(contract.SHEET_GOALS)
    assert list(goals[contract.COL_GOAL]) == list(ACTIONS_PER_GOAL)
    assert list(goals[contract.COL_PRIORITY]) == [int(g[0]) for g in ACTIONS_PER_GOAL]
    source = source_words(GOALS_SOURCE)
    for goal, text in zip(goals[contract.COL_GOAL], goals[contract.COL_DESCRIPTION]):
        assert coverage(text, source) == 1.0, f"doelstelling {goal}: wording differs from {GOALS_SOURCE}"
    assert list(data.frame(contract.SHEET_PRIORITIES)[contract.COL_PRIORITY]) == [1, 2, 3]


def test_rounds_are_the_two_reporting_rounds_with_real_dates(data):
    rounds = data.frame(contract.SHEET_ROUNDS)
    assert list(rounds[contract.COL_ROUND]) == ROUND_NAMES
    dates = [pd.Timestamp(d).date() for d in rounds[contract.COL_DATE]]
    assert dates == sorted(dates) and all(d.year in (2024, 2025) for d in dates)
    assert data.rounds == ROUND_NAMES


def test_every_party_named_in_wie_resolves_and_leads_are_marked(data, actions):
    index = PartyIndex.from_frame(data.frame(contract.SHEET_PARTIES))
    unknown = {
        (action_id, m.name)
        for action_id, wie in zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHO])
        for m in parse_wie(wie)
        if m.name and index.resolve(m.name) is None
    }
    assert unknown == set()
    leads = [a for a, wie in zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHO]) if "(primair)" in wie]
    assert len(leads) >= 10  # the source marks the lead party of many rows
    kinds = set(data.frame(contract.SHEET_PARTIES)[contract.COL_KIND])
    assert kinds <= set(contract.PARTY_KINDS)


def test_the_source_wording_of_wie_is_kept_beside_the_parsed_list(actions):
    source = squashed(OVERVIEW_SOURCE)
    for action_id, original in zip(actions[contract.COL_ACTION_ID], actions["Wie (bron)"]):
        assert isinstance(original, str) and original.strip(), action_id
        # every word of the source's Wie cell occurs in the source
        assert all(w in source for w in words(original)), action_id


def test_other_parties_keep_their_group(actions):
    by_id = dict(zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHO]))
    assert by_id["1.2-04"].endswith("; andere partijen: VWS, GGD'en")


def test_every_status_is_in_the_vocabulary_and_idem_keeps_the_previous_status(actions):
    first, second = (f"Status {r}" for r in ROUND_NAMES)
    for column in (first, second):
        assert set(actions[column]) <= set(contract.STATUSES), column
    idem = actions[f"Voortgang {ROUND_NAMES[1]}"].fillna("").str.fullmatch(r"\s*Idem\.?\s*")
    assert idem.sum() >= 3
    assert (actions.loc[idem, first] == actions.loc[idem, second]).all()


def test_a_round_without_text_is_onbekend_unless_the_action_was_already_finished(actions):
    """The rubric in Toelichting: an empty cell is Onbekend; a finished or stopped action keeps its status."""
    first, second = ROUND_NAMES
    empty = actions[f"Voortgang {second}"].fillna("").str.strip() == ""
    finished = actions[f"Status {first}"].isin(["Afgerond", "Gestopt"])
    carried = actions[empty & finished]
    assert sorted(carried[contract.COL_ACTION_ID]) == ["1.1-06", "1.2-06", "2.3-09", "3.4-06"]
    assert (carried[f"Status {second}"] == carried[f"Status {first}"]).all()
    assert (actions.loc[empty & ~finished, f"Status {second}"] == "Onbekend").all()
    assert (
        actions.loc[actions[f"Voortgang {first}"].fillna("").str.strip() == "", f"Status {first}"] == "Onbekend"
    ).all()


def test_remarks_explain_the_transcription_choices(actions, budget):
    """Opmerking says why a row reads as it does: every budget line, every derived link, every mapped party."""
    remark = "Opmerking"
    lines = budget.to_dict("records")
    short = [row[contract.COL_BUDGET_ID] for row in lines if len(str(row[remark] or "")) < 60]
    assert short == []
    stated = {"B02": "B01", "B03": "B02", "B04": "B02"}  # the links a source states in so many words (000)
    for row in lines:
        if (
            isinstance(row[contract.COL_PART_OF], str)
            and stated.get(row[contract.COL_BUDGET_ID]) != row[contract.COL_PART_OF]
        ):
            assert "afgeleid" in row[remark], row[contract.COL_BUDGET_ID]
    first, second = (f"Status {r}" for r in ROUND_NAMES)
    rows = actions.to_dict("records")
    for row in rows:
        literal = re.sub(r"\s+", " ", str(row["Wie (bron)"])).strip().rstrip(".")
        if literal != row[contract.COL_WHO] or row[second] not in ("Loopt", row[first]):
            assert isinstance(row[remark], str) and row[remark].strip(), row[contract.COL_ACTION_ID]
    assert sum(isinstance(row[remark], str) and bool(row[remark].strip()) for row in rows) >= 60


def test_wat_and_both_progress_texts_are_the_published_texts(actions):
    source = words((SOURCES / OVERVIEW_SOURCE).read_text(encoding="utf-8"))
    columns = [contract.COL_WHAT] + [f"Voortgang {r}" for r in ROUND_NAMES]
    for column in columns:
        for action_id, text in zip(actions[contract.COL_ACTION_ID], actions[column]):
            if text is None or pd.isna(text):
                continue
            assert in_order(text, source) >= 0.97, f"{action_id} {column}: text not found in {OVERVIEW_SOURCE}"
    assert actions[contract.COL_WHAT].notna().all()
    assert actions[f"Voortgang {ROUND_NAMES[0]}"].notna().sum() >= 70


def test_the_source_text_is_transcribed_completely(actions):
    """Nearly every word of the action overview is somewhere in the workbook (headings and Wie cells aside)."""
    written = " || ".join(
        " ".join(words(v))
        for column in (contract.COL_WHAT, contract.COL_WHEN, "Wie (bron)", *(f"Voortgang {r}" for r in ROUND_NAMES))
        for v in actions[column].dropna()
    )
    tokens = words((SOURCES / OVERVIEW_SOURCE).read_text(encoding="utf-8"))
    covered = [False] * len(tokens)
    for i in range(len(tokens) - 2):
        if " ".join(tokens[i : i + 3]) in written:
            covered[i] = covered[i + 1] = covered[i + 2] = True
    assert sum(covered) / len(tokens) > 0.97


def test_years_follow_wanneer(actions):
    for action_id, when, start, end in zip(
        actions[contract.COL_ACTION_ID],
        actions[contract.COL_WHEN],
        actions[contract.COL_START_YEAR],
        actions[contract.COL_END_YEAR],
    ):
        named = sorted({int(y) for y in re.findall(r"\b(20[2-3]\d)\b", str(when))})
        if pd.notna(start):
            assert int(start) in named, f"{action_id}: Startjaar {start} not in '{when}'"
        if pd.notna(end):
            assert int(end) in named, f"{action_id}: Eindjaar {end} not in '{when}'"
            assert pd.isna(start) or int(start) <= int(end)
        if re.fullmatch(r"\s*Doorlopend\.?\s*", str(when)):
            assert pd.isna(end), f"{action_id}: 'Doorlopend' has no end year"


def test_every_budget_line_names_its_source_and_quotes_it_faithfully(budget):
    assert budget[contract.COL_SOURCE].notna().all()
    for budget_id, source_text in zip(budget[contract.COL_BUDGET_ID], budget[contract.COL_SOURCE]):
        files = re.findall(r"\b(\d{3}_[0-9a-f]{16}\.txt)", source_text)
        assert files, f"{budget_id}: Bron names no source file"
        quotes = re.findall(r"\"([^\"]+)\"", source_text)
        assert quotes, f"{budget_id}: Bron quotes no sentence"
        for quote in quotes:
            quote = re.sub(r"\[[^\]]*\]", " ", quote)  # editorial insertions like [tabel]
            found = max(
                in_order(quote, words((SOURCES / f).read_text(encoding="utf-8")), max_gap=60) for f in set(files)
            )
            assert found >= 0.95, f"{budget_id}: '{quote}'"


def test_budget_amounts_occur_in_their_sources(budget):
    for budget_id, amount, source_text in zip(
        budget[contract.COL_BUDGET_ID], budget[contract.COL_AMOUNT], budget[contract.COL_SOURCE]
    ):
        figures = {float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"\d+(?:,\d+)?", source_text)}
        shown = {float(amount), float(amount) / 1000}  # "0,9 miljard", "vier miljard" is spelled out
        assert figures & shown or "miljard" in source_text, f"{budget_id}: {amount} not in its Bron"


def test_quality_agenda_budget_is_four_yearly_lines_summing_to_the_source_table(overview, budget):
    text = (SOURCES / QUALITY_SOURCE).read_text(encoding="utf-8")
    table = [int(x) for x in re.findall(r"€\s*(\d+)\s*mln\.", text)][:4]
    figure = domain_budget.quality_agenda(domain_budget.budget_lines(overview))
    per_year = dict(zip(figure.rows[COL_YEAR], figure.rows[contract.COL_AMOUNT]))
    assert per_year == dict(zip(range(2024, 2028), table))
    assert sum(per_year.values()) == sum(table) == 2322
    for year in range(2024, 2028):
        line = budget[(budget[contract.COL_FROM_YEAR] == year) & (budget[contract.COL_TO_YEAR] == year)]
        assert len(line) == 1 and line[contract.COL_KIND].iloc[0] == "per jaar", year


def test_a_part_is_never_added_to_its_whole_and_shared_money_counts_once(overview, budget):
    lines = domain_budget.budget_lines(overview)
    tree = domain_budget.budget_tree(lines)
    assert tree.parent_of, "the workbook links parts to their whole"
    figure = domain_budget.budget_per_year(lines)
    for year, group in figure.rows.groupby(COL_YEAR):
        ids = set(group[contract.COL_BUDGET_ID])
        for budget_id in ids:
            assert not set(tree.ancestors(budget_id)) & ids, f"{year}: {budget_id} counted with its whole"
            assert not {other for other in ids if tree.overlap(budget_id, other)}, f"{year}: {budget_id} twice"
    # the Werkagenda's 0,9 mld per year is counted once per year, not with the quality-agenda line that overlaps it
    whole = budget.loc[budget[contract.COL_AMOUNT] == 900, contract.COL_BUDGET_ID].iloc[0]
    in_2025 = figure.rows.loc[figure.rows[COL_YEAR] == 2025, contract.COL_BUDGET_ID].tolist()
    assert in_2025.count(whole) == 1
    quality_2025 = budget.loc[
        (budget[contract.COL_FROM_YEAR] == 2025) & (budget[contract.COL_AMOUNT] == 539), contract.COL_BUDGET_ID
    ].iloc[0]
    assert quality_2025 not in tree.parent_of and tree.overlap(quality_2025, whole) and quality_2025 not in in_2025
    left_out = figure.left_out_by_year
    reason = left_out[(left_out[COL_YEAR] == 2025) & (left_out[contract.COL_BUDGET_ID] == quality_2025)]
    assert reason[[COL_REASON, domain_budget.COL_WHOLE]].values.tolist() == [[domain_budget.LEFT_OUT_OVERLAP, whole]]


# --- the budget figures the pages show, traced to their lines -----------------------------------------------------
#: Per year: the lines counted and, per line left out, its reason (the whole it yields to; the lines between).
YEAR_BUDGET = {
    year: (
        ("B02", "B07"),
        [
            ("B10", "onderdeel", "B02", "B03"),
            ("B16", "onderdeel", "B15", ""),
            ("B17", "onderdeel", "B15", ""),
            (quality, "overlaps", "B02", ""),
            ("B15", "overlaps", "B02", ""),
            ("B19", "overlaps", "B02", ""),
        ],
    )
    for year, quality in ((2024, "B22"), (2025, "B23"), (2026, "B24"), (2027, "B25"))
}


@pytest.mark.parametrize("year", sorted(YEAR_BUDGET))
def test_the_budget_of_each_year_on_overzicht_and_budget(checked, year):
    """Ten hoogste € 920 mln: B02 (0,9 mld) and B07 (oplopend tot 20); B10 inside B02, the rest shares money with it."""
    counted, left_out = YEAR_BUDGET[year]
    model = build_overview(checked.workbook, dt.date(year, 6, 1))
    metric = overview_view.view(model, "actieoverzicht.xlsx", None, False, report=checked.report).metrics[-1]
    assert (metric.label, metric.value) == (f"Budget {year}", "ten hoogste € 920 mln")
    assert f"gelden: {' en '.join(counted)}." in metric.help
    assert "B16 en B17 (onderdeel van B15)" in metric.help and "B10 (onderdeel van B02, via B03)" in metric.help
    assert f"{left_out[3][0]}, B15 en B19 (overlapt met B02, dat groter is en telt)" in metric.help
    chart = budget_view.view(model).per_year
    totals = chart.figure.totals.set_index(COL_YEAR)
    assert (totals.loc[year, contract.COL_AMOUNT], totals.loc[year, COL_AMOUNT_TEXT]) == (
        920.0,
        "ten hoogste € 920 mln",
    )
    drawn = chart.figure.rows[chart.figure.rows[COL_YEAR] == year]
    assert tuple(drawn[contract.COL_BUDGET_ID]) == counted and drawn[contract.COL_AMOUNT].sum() == 920.0
    by_year = chart.figure.left_out_by_year
    rows = by_year[by_year[COL_YEAR] == year]
    assert [
        tuple(r)
        for r in rows[[contract.COL_BUDGET_ID, COL_REASON, domain_budget.COL_WHOLE, domain_budget.COL_VIA]].values
    ] == left_out


def test_the_budget_totals_on_the_budget_page(overview):
    metrics = {m.label: m for m in budget_view.view(overview).metrics}
    structural, total = metrics["Structureel per jaar"], metrics["Totaal over de looptijd"]
    assert structural.value == "ongeveer € 367 mln" and structural.help.startswith("Som van B03 ")
    # B12 (not mbo money alone) stays in the total over the period, and its help names every line it adds
    assert total.value == "meer dan € 4.227,2 mln"
    assert total.help.startswith("Som van B01, B09, B12 en B14 (soort 'totaal looptijd').")
    assert "B20 en B21 (onderdeel van B01, via B03 en B02)" in total.help
    per_year = budget_view.view(overview).per_year.figure.totals.set_index(COL_YEAR)
    assert per_year[COL_AMOUNT_TEXT].to_dict() == {
        2022: "€ 8 mln",  # B08, eenmalig
        **dict.fromkeys(range(2023, 2028), "ten hoogste € 920 mln"),
    }


# --- budget tree and precision ---------------------------------------------------------------------------------
BRON_PART = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt):\s*\"([^\"]+)\"")
#: Words in a source that say what a Precisie word says.
PRECISION_WORDS = {
    "ongeveer": ("ongeveer", "zo’n", "zo'n"),
    "meer dan": ("meer dan",),
    "ruim": ("ruim",),
    "bijna": ("bijna",),
    "oplopend tot": ("oplopend tot", "oplopend naar"),
}


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quotes(bron: object) -> list[tuple[str, str]]:
    found = BRON_PART.findall(bron if isinstance(bron, str) else "")
    assert found, f"Bron quotes no sentence: {bron!r}"
    return found


def quoted_verbatim(bron: object) -> list[str]:
    """The quotes of a Bron cell, each checked to be in its source word for word (whitespace normalised)."""
    found = []
    for name, quote in quotes(bron):
        assert normalised(quote) in normalised((SOURCES / name).read_text(encoding="utf-8")), f"{name}: '{quote}'"
        found.append(normalised(quote))
    return found


def test_every_budget_quote_is_in_its_source_word_for_word(budget):
    for bron in budget[contract.COL_SOURCE]:
        quoted_verbatim(bron)


@pytest.mark.parametrize("sheet", [contract.SHEET_BUDGET, contract.SHEET_MEASUREMENTS])
def test_every_precision_word_is_said_by_its_source(data, sheet):
    frame = data.frame(sheet)
    marked = frame[frame[contract.COL_PRECISION].notna()]
    assert len(marked) >= 4
    for precision, bron in zip(marked[contract.COL_PRECISION], marked[contract.COL_SOURCE]):
        said = " ".join(quoted_verbatim(bron)).casefold()
        assert any(word in said for word in PRECISION_WORDS[precision]), (precision, bron)


def test_the_budget_tree_is_the_one_the_sources_support(budget):
    rows = budget.set_index(contract.COL_BUDGET_ID)
    parts = {i: p for i, p in rows[contract.COL_PART_OF].items() if isinstance(p, str)}
    assert parts == {
        "B02": "B01", "B03": "B02", "B04": "B02", "B05": "B03", "B06": "B05", "B10": "B03", "B11": "B05",
        "B13": "B03", "B16": "B15", "B17": "B15", "B18": "B03", "B20": "B03", "B21": "B03",
    }  # fmt: skip
    overlaps = {i: o for i, o in rows[contract.COL_OVERLAPS].items() if isinstance(o, str)}
    assert overlaps == {
        "B10": "B22; B23; B24; B25",
        "B15": "B02; B04; B22; B23; B24; B25",
        "B17": "B04",
        "B19": "B02; B04; B22; B23; B24; B25",
        "B22": "B02; B03; B04",
        **dict.fromkeys(("B23", "B24", "B25"), "B02; B04"),
    }
    precisions = {i: p for i, p in rows[contract.COL_PRECISION].items() if isinstance(p, str)}
    assert precisions == {
        "B01": "meer dan", "B03": "ongeveer", "B04": "ongeveer", "B05": "bijna", "B06": "oplopend tot",
        "B07": "oplopend tot", "B09": "ruim", "B11": "oplopend tot", "B20": "ongeveer",
    }  # fmt: skip
    assert pd.isna(rows.loc["B12", contract.COL_PRIORITY])  # not mbo money alone: no priority (it stays in the sheet)
    assert [
        list(rows.loc[i, [contract.COL_FROM_YEAR, contract.COL_TO_YEAR]]) for i in ("B15", "B16", "B17", "B19")
    ] == [[2024, 2027]] * 4


# --- indicators ------------------------------------------------------------------------------------------------
WORD_NUMBERS = {"de helft": 50.0, "half miljoen": 500000.0, "drie": 3.0}


def figures_in(text: str) -> set[float]:
    """The numbers a text writes, in Dutch (25.544, 6,8, 61%) or in words (de helft, drie)."""
    found = {float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"\d+(?:\.\d{3})*(?:,\d+)?", text)}
    return found | {value for word, value in WORD_NUMBERS.items() if word in text.casefold()}


@pytest.fixture(scope="module")
def indicators(data):
    return data.frame(contract.SHEET_INDICATORS)


@pytest.fixture(scope="module")
def measurements(data):
    return data.frame(contract.SHEET_MEASUREMENTS)


def test_the_indicators_with_figures_are_in_the_workbook(indicators, measurements):
    assert list(indicators[contract.COL_INDICATOR_ID]) == [
        "I01", "I02", "I04", "I05", "I06", "I07", "I08", "I09", "I10", "I11", "I14", "I15", "I25", "I26", "I27",
        "I28", "I29", "I30", "I31", "I32", "I34", "I37", "I38", "I39", "I42",
    ]  # fmt: skip
    assert len(measurements) == 32 and set(measurements[contract.COL_INDICATOR_ID]) == set(
        indicators[contract.COL_INDICATOR_ID]
    )
    assert set(indicators[contract.COL_DIRECTION].dropna()) <= set(contract.DIRECTIONS)
    derived = indicators[indicators["Opmerking"].str.contains("oelstelling afgeleid uit de context", na=False)]
    assert len(derived) >= 15  # a goal the source does not name is marked as inferred


def test_every_measurement_is_in_its_source_sentence(indicators, measurements):
    remarks = dict(zip(indicators[contract.COL_INDICATOR_ID], indicators["Opmerking"]))
    for row in measurements.to_dict("records"):
        said = " ".join(quoted_verbatim(row[contract.COL_SOURCE]))
        literal = normalised(row[contract.COL_VALUE_TEXT])
        assert literal in said, (row[contract.COL_INDICATOR_ID], literal)
        if pd.notna(row[contract.COL_VALUE]):
            assert float(row[contract.COL_VALUE]) in figures_in(literal), (
                row[contract.COL_INDICATOR_ID],
                row[contract.COL_VALUE],
            )
        year = row[contract.COL_YEAR]
        spelled = {year, year.replace("/", "–"), year.replace("/", "-")} if isinstance(year, str) else set()
        if spelled and not any(y in said for y in spelled):  # the year comes from the round: Opmerking says so
            assert f"Jaar {year} afgeleid" in remarks[row[contract.COL_INDICATOR_ID]], (
                row[contract.COL_INDICATOR_ID],
                year,
            )


def test_every_baseline_and_target_is_a_measurement_or_in_the_source(indicators, measurements):
    for row in indicators.to_dict("records"):
        said = " ".join(quoted_verbatim(row[contract.COL_SOURCE]))
        own = measurements[measurements[contract.COL_INDICATOR_ID] == row[contract.COL_INDICATOR_ID]]
        if pd.notna(row[contract.COL_BASE_VALUE]):
            first = (
                own[own[contract.COL_YEAR] == row[contract.COL_BASE_YEAR]]
                if isinstance(row[contract.COL_BASE_YEAR], str)
                else own
            )
            assert float(row[contract.COL_BASE_VALUE]) == float(first[contract.COL_VALUE].iloc[0]), row[
                contract.COL_INDICATOR_ID
            ]
        if pd.notna(row[contract.COL_TARGET]):
            assert float(row[contract.COL_TARGET]) in figures_in(said), row[contract.COL_INDICATOR_ID]


# --- statuses: the rubric 1.1 re-applied --------------------------------------------------------------------------
#: Every status the rubric 1.1 changed (issue 16): action, round, old, new, the rule that decided.
CHANGED_STATUSES = [
    ("1.1-03", "zomer 2024", "Loopt", "Vertraagd", "6b"),
    ("1.3-05", "najaar 2025", "Loopt", "Vertraagd", "6b"),
    ("1.4-01", "zomer 2024", "Vertraagd", "Loopt", "7"),
    ("1.4-01", "najaar 2025", "Loopt", "Vertraagd", "6c"),
    ("1.5-02", "najaar 2025", "Afgerond", "Loopt", "7"),
    ("2.1-03", "zomer 2024", "Loopt", "Onbekend", "3"),
    ("2.1-03", "najaar 2025", "Loopt", "Onbekend", "3"),
    ("2.1-05", "zomer 2024", "Loopt", "Afgerond", "5"),
    ("2.1-05", "najaar 2025", "Loopt", "Afgerond", "5"),
    ("2.1-06", "zomer 2024", "Loopt", "Vertraagd", "6c"),
    ("2.1-07", "zomer 2024", "Loopt", "Afgerond", "5"),
    ("2.1-07", "najaar 2025", "Loopt", "Afgerond", "5"),
    ("2.3-02", "najaar 2025", "Loopt", "Afgerond", "5"),
    ("3.1-01", "zomer 2024", "Loopt", "Afgerond", "5"),
    ("3.1-01", "najaar 2025", "Loopt", "Afgerond", "5"),
    ("3.1-05", "zomer 2024", "Loopt", "Vertraagd", "6b/6d"),
    ("3.1-05", "najaar 2025", "Loopt", "Vertraagd", "6b/6d"),
    ("3.2-01", "zomer 2024", "Loopt", "Vertraagd", "6d"),
    ("3.2-01", "najaar 2025", "Loopt", "Vertraagd", "6b"),
    ("3.2-02", "zomer 2024", "Loopt", "Vertraagd", "6d"),
    ("3.3-03", "zomer 2024", "Loopt", "Onbekend", "3"),
    ("3.3-06", "zomer 2024", "Loopt", "Vertraagd", "6b"),
    ("3.3-06", "najaar 2025", "Loopt", "Afgerond", "5"),
]


def test_every_changed_status_keeps_its_reason_in_opmerking(actions):
    rows = actions.set_index(contract.COL_ACTION_ID)
    for action_id, round_name, old, new, rule in CHANGED_STATUSES:
        assert rows.loc[action_id, f"Status {round_name}"] == new, (action_id, round_name)
        said = f"{round_name[0].upper()}{round_name[1:]} {new} (was {old}; statusrubriek 1.1, regel {rule}"
        assert said in rows.loc[action_id, "Opmerking"], (action_id, said)


def test_statuses_per_round_after_the_rubric(actions):
    counts = {r: dict(Counter(actions[f"Status {r}"])) for r in ROUND_NAMES}
    assert counts == {
        "zomer 2024": {"Afgerond": 9, "Loopt": 60, "Vertraagd": 7, "Onbekend": 2},
        "najaar 2025": {"Afgerond": 15, "Loopt": 51, "Vertraagd": 6, "Onbekend": 6},
    }


def test_the_rubric_with_its_decision_order_is_in_toelichting_and_the_user_guide():
    book = openpyxl.load_workbook(contract.CANONICAL_WORKBOOK, read_only=True)
    lines = [row[0] for row in book[contract.SHEET_README].iter_rows(values_only=True) if row and row[0]]
    start = next(i for i, line in enumerate(lines) if str(line).startswith("Statusrubriek (versie 1.1)"))
    numbered = [line for line in lines[start:] if re.match(r"^[1-9]\. ", str(line))]
    assert [str(line)[0] for line in numbered] == list("1234567")  # 8 and 9 share the line of 7
    assert "8. Niet gestart" in str(numbered[-1]) and "9. " in str(numbered[-1])
    guide = (SOURCES.parent / "werkboek.md").read_text(encoding="utf-8")
    assert "### Beslisvolgorde: de eerste regel die past, beslist" in guide
    assert all(f"\n{n}. **" in guide for n in range(1, 10))


def test_wie_uses_the_names_of_partijen(data, actions):
    """An alias in Wie becomes the party's own name; the source's spelling stays in Wie (bron)."""
    index = PartyIndex.from_frame(data.frame(contract.SHEET_PARTIES))
    for action_id, wie in zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHO]):
        for mention in parse_wie(wie):
            if mention.name:
                assert index.resolve(mention.name).casefold() == mention.name.casefold(), (action_id, mention.name)
    by_id = dict(zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHO]))
    assert (
        by_id["1.5-01"]
        == "Gemeenten, mbo-scholen, werkgevers; andere partijen: VNG, MBO Raad, NRTO, VNO-NCW, MKB-Nederland"
    )


def test_both_published_rounds_are_closed_and_a_change_to_one_is_a_fout(data, tmp_path):
    """The ministry published zomer 2024 and najaar 2025 (002, 004): both are closed (issue 12), so the check
    reports any later change to their texts or statuses, naming the round's row in Rondes."""
    rounds = data.frame(contract.SHEET_ROUNDS)
    assert list(rounds[contract.COL_ROUND]) == ["zomer 2024", "najaar 2025"]
    assert (
        rounds[contract.COL_CLOSED].notna().all()
        and rounds[contract.COL_FINGERPRINT].str.fullmatch(r"[0-9a-f]{64}").all()
    )
    book = openpyxl.load_workbook(contract.CANONICAL_WORKBOOK)
    sheet = book[contract.SHEET_ACTIONS]
    header = [c.value for c in sheet[1]]
    column = header.index(contract.RoundColumns("zomer 2024").status) + 1
    sheet.cell(row=2, column=column).value = (
        "Afgerond" if sheet.cell(row=2, column=column).value != "Afgerond" else "Loopt"
    )
    changed = tmp_path / "veranderd.xlsx"
    book.save(changed)
    errors = check(changed, today=TODAY).report.errors
    assert [(f.sheet, f.row, f.code) for f in errors] == [(contract.SHEET_ROUNDS, 2, "closed-round-changed")]


# --- Bronnen: each document with the title, date and kenmerk it states; what is inferred says so ------------------
#: key -> (sentences of the documents that state its title, date or kenmerk; whether Opmerking must say "afgeleid")
SOURCE_EVIDENCE = {
    GOALS_SOURCE: (["Dit is een samenvatting van de Werkagenda mbo 2023-2027"], True),
    "001_fb60277db4334780.txt": (
        ["Betreft Kaders Werkagenda mbo", "Datum 15 juli 2022", "Onze referentie 32516382"],
        False,
    ),
    OVERVIEW_SOURCE: ([], True),  # no title, no date: both from 004, which sends "een overzicht van de voortgang"
    "003_2e68cdef1ab33865.txt": (["Tweede Kamer, vergaderjaar 2022–2023, 36 360 VIII, nr. 1"], True),
    QUALITY_SOURCE: (["Tijdens het commissiedebat mbo op 1 oktober 2025 heb ik uw Kamer toegezegd"], True),
}


@pytest.fixture(scope="module")
def sources(data):
    return data.frame(contract.SHEET_SOURCES)


def test_bronnen_lists_every_source_document_once_in_file_order(sources):
    files = sorted(p.name for p in SOURCES.glob("*.txt"))
    assert sources[contract.COL_SOURCE].tolist() == files == sorted(SOURCE_EVIDENCE)


def test_every_file_a_bron_cell_names_is_in_bronnen(data, sources):
    named = set()
    for sheet in contract.CONTRACT_SHEETS:
        frame = data.frame(sheet)
        if sheet != contract.SHEET_SOURCES and contract.COL_SOURCE in frame:
            named |= {
                f for text in frame[contract.COL_SOURCE].dropna() for f in re.findall(r"\d{3}_[0-9a-f]{16}\.txt", text)
            }
    assert named and named <= set(sources[contract.COL_SOURCE])


@pytest.mark.parametrize("key", sorted(SOURCE_EVIDENCE))
def test_each_source_states_what_bronnen_says_of_it(sources, key):
    row = sources[sources[contract.COL_SOURCE] == key].iloc[0]
    text = " ".join((SOURCES / key).read_text(encoding="utf-8").split())
    evidence, inferred = SOURCE_EVIDENCE[key]
    for sentence in evidence:
        assert sentence in text, (key, sentence)
    for stated in (row[contract.COL_DATE], row[contract.COL_REFERENCE]):
        if isinstance(stated, str) and not inferred:
            assert stated in text, (key, stated)
    remark = str(row.get(contract.COL_REMARK) or "")
    assert ("afgeleid" in remark or "beschrijvend" in remark) == inferred, (key, remark)
    assert row[contract.COL_TITLE]
    assert row.get(contract.COL_URL) is None  # no web address is known for any of them: none is made up
