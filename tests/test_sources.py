"""domain.sources: a Bron text as readers read it - each known document by its title and date, the rest as written."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from domain.sources import Source, cite, cite_column, label, read_sources
from support import sample
from workbook import contract

KADERS = Source("001_fb60277db4334780.txt", "Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382")
OVERZICHT = Source(
    "002_17ac8c011985482e.txt", "Actie-overzicht Werkagenda mbo (bijlage bij de voortgangsbrief)", "najaar 2025"
)
SAMENVATTING = Source("000_9b853ae40feaaf9d.txt", "Werkagenda mbo 2023-2027 (samenvatting)")  # no date
SHORT = Source("000", "Werkagenda mbo 2023-2027 (samenvatting)")  # a short key, as the sample's Bron cells use
SOURCES = (KADERS, OVERZICHT, SAMENVATTING)


@pytest.mark.parametrize(
    ("text", "sources", "expected"),
    [
        (
            '001_fb60277db4334780.txt: "structureel bijna € 200 miljoen"',
            SOURCES,
            'Kamerbrief Kaders Werkagenda mbo, 15 juli 2022: "structureel bijna € 200 miljoen"',
        ),
        (  # two documents, the quotes and the separator kept; a document without a date: its title alone
            '000_9b853ae40feaaf9d.txt: "0,9 miljard" | 002_17ac8c011985482e.txt: "Idem."',
            SOURCES,
            'Werkagenda mbo 2023-2027 (samenvatting): "0,9 miljard" | Actie-overzicht Werkagenda mbo (bijlage bij de '
            'voortgangsbrief), najaar 2025: "Idem."',
        ),
        (  # inside parentheses and at the end of a sentence
            "Kolom 'Voortgang?' van het actie-overzicht (002_17ac8c011985482e.txt), genoemd in "
            "001_fb60277db4334780.txt.",
            SOURCES,
            "Kolom 'Voortgang?' van het actie-overzicht (Actie-overzicht Werkagenda mbo (bijlage bij de "
            "voortgangsbrief), najaar 2025), genoemd in Kamerbrief Kaders Werkagenda mbo, 15 juli 2022.",
        ),
        (  # an unknown key stays as it is
            '004_2a2a0488e385cc4a.txt: "704 miljoen" | 001_fb60277db4334780.txt: "x"',
            SOURCES,
            '004_2a2a0488e385cc4a.txt: "704 miljoen" | Kamerbrief Kaders Werkagenda mbo, 15 juli 2022: "x"',
        ),
        ('001_fb60277db4334780.txt: "x"', (), '001_fb60277db4334780.txt: "x"'),  # no Bronnen sheet: as written
        ("Voortgangsbrief zomer 2024", SOURCES, "Voortgangsbrief zomer 2024"),  # no key at all
        (
            "000: 0,9 miljard euro per jaar",
            (SHORT,),
            "Werkagenda mbo 2023-2027 (samenvatting): 0,9 miljard euro per jaar",
        ),
        # a short key is no part of a number, a longer name or an address
        ("25.000 studenten, 1000 scholen, 000.5", (SHORT,), "25.000 studenten, 1000 scholen, 000.5"),
        ("x_000 en 000-1 en /000", (SHORT,), "x_000 en 000-1 en /000"),
        ("https://example.nl/001_fb60277db4334780.txt", SOURCES, "https://example.nl/001_fb60277db4334780.txt"),
        ("a001_fb60277db4334780.txt", SOURCES, "a001_fb60277db4334780.txt"),
        ("", SOURCES, ""),
        (None, SOURCES, ""),
    ],
)
def test_cite(text, sources, expected):
    assert cite(text, sources) == expected


def test_the_longest_key_wins():
    sources = (Source("002", "Kort"), Source("002.txt", "Lang", "2025"))
    assert cite("002.txt: a; 002: b", sources) == "Lang, 2025: a; Kort: b"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (KADERS, "Kamerbrief Kaders Werkagenda mbo, 15 juli 2022"),
        (SAMENVATTING, "Werkagenda mbo 2023-2027 (samenvatting)"),
        (
            Source("002", "Actie-overzicht (bijlage bij de brief van najaar 2025)", "Najaar 2025"),
            "Actie-overzicht (bijlage bij de brief van najaar 2025)",
        ),  # the title says the date already: once
    ],
)
def test_a_source_is_named_by_title_and_date(source, expected):
    assert source.label == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("001_fb60277db4334780.txt", "Kamerbrief Kaders Werkagenda mbo, 15 juli 2022"),
        (" 001_fb60277db4334780.txt ", "Kamerbrief Kaders Werkagenda mbo, 15 juli 2022"),
        ("000_9b853ae40feaaf9d.txt", "Werkagenda mbo 2023-2027 (samenvatting)"),
        ("onbekend.pdf", "onbekend.pdf"),
        (None, ""),
    ],
)
def test_label(key, expected):
    assert label(key, SOURCES) == expected


def frame(*rows: dict) -> pd.DataFrame:
    columns = [*contract.SHEET_COLUMNS[contract.SHEET_SOURCES], *contract.OPTIONAL_COLUMNS[contract.SHEET_SOURCES]]
    return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ((), ()),
        (
            ({"Bron": " 001 ", "Titel": "Kamerbrief  Kaders", "Datum": "15 juli 2022", "Kenmerk": "32516382"},),
            (Source("001", "Kamerbrief Kaders", "15 juli 2022", "32516382"),),
        ),
        (  # no key or no title (fouten the check names): left out, so the key stays as written
            ({"Bron": None, "Titel": "Zonder sleutel"}, {"Bron": "002", "Titel": None}, {"Bron": "003", "Titel": "T"}),
            (Source("003", "T"),),
        ),
        (({"Bron": "001", "Titel": "Eerste"}, {"Bron": "001", "Titel": "Tweede"}), (Source("001", "Eerste"),)),
        (  # only a web address is kept as an address
            ({"Bron": "a", "Titel": "A", "Adres": "https://x.nl/a"}, {"Bron": "b", "Titel": "B", "Adres": "www.x.nl"}),
            (Source("a", "A", url="https://x.nl/a"), Source("b", "B")),
        ),
    ],
)
def test_read_sources(rows, expected):
    assert read_sources(frame(*rows)) == expected


def test_read_sources_without_the_sheet():
    assert read_sources(pd.DataFrame()) == ()
    assert read_sources(pd.DataFrame(columns=[contract.COL_SOURCE])) == ()


def test_cite_column_changes_only_bron():
    lines = pd.DataFrame({"Budget-ID": ["B01", "B02"], "Bron": ['001_fb60277db4334780.txt: "x"', None]}, dtype=object)
    cited = cite_column(lines, SOURCES)
    assert cited["Bron"].tolist() == ['Kamerbrief Kaders Werkagenda mbo, 15 juli 2022: "x"', None]
    assert cited["Budget-ID"].tolist() == ["B01", "B02"] and lines["Bron"][0].startswith("001_")  # a copy
    assert cite_column(lines, ()) is lines


# --- the model carries the sources; the budget lines and indicators name them ------------------------------------
def test_the_overview_reads_the_bronnen_sheet_with_a_date_excel_made(tmp_path):
    data = sample.sample_data(indicators=True)
    data[contract.SHEET_SOURCES][1][contract.COL_DATE] = dt.datetime(2022, 7, 15)  # Excel made a date of it
    model = sample.overview(tmp_path, data)
    assert [s.key for s in model.sources] == ["000", "001", "002", "004"]
    assert model.sources[1] == Source("001", "Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382")


def test_budget_lines_and_indicators_name_their_documents(tmp_path):
    from domain import budget, indicators

    model = sample.overview(tmp_path, sample.sample_data(indicators=True))
    lines = budget.budget_lines(model)
    assert lines[contract.COL_SOURCE].tolist() == [
        "Werkagenda mbo 2023-2027 (samenvatting): 0,9 miljard euro per jaar",
        "Werkagenda mbo 2023-2027 (samenvatting): 367 miljoen euro extra per jaar",
        "Voortgangsbrief Werkagenda mbo en Stagepact mbo, najaar 2025: tabel",
        "Kamerbrief Kaders Werkagenda mbo, 15 juli 2022: voorbeeld",
    ]
    first = indicators.indicators(model)[0]
    assert first.source == 'Actie-overzicht Werkagenda mbo, najaar 2025: "meer dan de helft van de scholen"'
    assert first.measurements[contract.COL_SOURCE].tolist() == [
        'Actie-overzicht Werkagenda mbo, najaar 2025: "meer dan de helft van de scholen"',
        'Actie-overzicht Werkagenda mbo, najaar 2025: "inmiddels 61% van de scholen"',
    ]


def test_without_a_bronnen_sheet_the_texts_are_shown_as_written(tmp_path):
    from domain import budget

    data = sample.sample_data()
    del data[contract.SHEET_SOURCES]
    model = sample.overview(tmp_path, data)
    assert model.sources == ()
    assert budget.budget_lines(model)[contract.COL_SOURCE].tolist()[2] == "004: tabel"
