"""Query parameters <-> filters (dashboard/state.py): a shared link opens exactly that view."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import state
from tests import sample
from workbook import aggregate as agg
from workbook import read_workbook
from workbook.model import build_overview


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    path = sample.build(tmp_path_factory.mktemp("state"))
    return state.choices(build_overview(read_workbook(path), dt.date(2026, 11, 22)))


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({}, agg.ActionQuery()),
        (
            {"doel": "2.1", "partij": "JOB", "ronde": "najaar 2025"},
            agg.ActionQuery(goal="2.1", party="JOB", round="najaar 2025"),
        ),
        ({"partij": "jobmbo"}, agg.ActionQuery(party="JOB")),  # an alias opens the party
        (
            {"partij": "mbo raad", "status": "loopt", "ronde": "ZOMER  2024"},
            agg.ActionQuery(party="MBO Raad", status="Loopt", round="zomer 2024"),
        ),
        ({"rol": "Primair", "prioriteit": "2"}, agg.ActionQuery(role="primair", priority=2)),
        ({"zoek": "  stage  "}, agg.ActionQuery(text="stage")),
        ({"doel": ["1.1", "1.2"]}, agg.ActionQuery(goal="1.2")),  # a repeated parameter: the last one counts
        ({"doel": ""}, agg.ActionQuery()),
    ],
)
def test_parse_valid_params(options, params, query):
    assert state.parse(params, options) == (query, [])


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"doel": "9.9"}, "De link noemt een onbekende doelstelling '9.9'; die wordt genegeerd."),
        ({"partij": "Onbekende club"}, "De link noemt een onbekende partij 'Onbekende club'; die wordt genegeerd."),
        ({"status": "bijna klaar"}, "De link noemt een onbekende status 'bijna klaar'; die wordt genegeerd."),
        ({"ronde": "voorjaar 2030"}, "De link noemt een onbekende ronde 'voorjaar 2030'; die wordt genegeerd."),
        ({"rol": "trekker"}, "De link noemt een onbekende rol 'trekker'; die wordt genegeerd."),
        ({"prioriteit": "vier"}, "De link noemt een onbekende prioriteit 'vier'; die wordt genegeerd."),
        ({"prioriteit": "7"}, "De link noemt een onbekende prioriteit '7'; die wordt genegeerd."),
        (
            {"partij": "<script>" * 10},
            "De link noemt een onbekende partij '<script><script><script><script><scri...'; die wordt genegeerd.",
        ),
    ],
)
def test_parse_ignores_unknown_values_with_a_note(options, params, note):
    query, notes = state.parse(params, options)
    assert query == agg.ActionQuery()
    assert notes == [note]


def test_parse_keeps_the_valid_params_next_to_an_invalid_one(options):
    query, notes = state.parse({"doel": "2.1", "partij": "nobody", "status": "Afgerond"}, options)
    assert query == agg.ActionQuery(goal="2.1", status="Afgerond")
    assert len(notes) == 1


def test_parse_reads_only_the_page_params(options):
    query, notes = state.parse({"doel": "2.1", "zoek": "x", "onzin": "y"}, options, allowed=(state.PARAM_GOAL,))
    assert (query, notes) == (agg.ActionQuery(goal="2.1"), [])


def test_search_text_is_capped(options):
    query, _ = state.parse({"zoek": "a" * 1000}, options)
    assert len(query.text) == state.MAX_TEXT


def test_round_trip(options):
    query = agg.ActionQuery(goal="2.1", party="JOB", round="najaar 2025", text="stage")
    params = state.to_params(query)
    assert params == {"doel": "2.1", "partij": "JOB", "ronde": "najaar 2025", "zoek": "stage"}
    assert state.parse(params, options) == (query, [])
    assert state.to_params(agg.ActionQuery()) == {}
