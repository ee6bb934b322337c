"""Query parameters <-> filters (dashboard/state.py): a shared link opens exactly that view."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import state
from domain.search import ActionQuery
from support import sample


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    path = sample.build(tmp_path_factory.mktemp("state"))
    return state.choices(sample.overview(path.parent, today=dt.date(2026, 11, 22)))


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({}, ActionQuery()),
        (
            {"doel": "2.1", "partij": "JOB", "ronde": "najaar 2025"},
            ActionQuery(goal="2.1", party="JOB", round="najaar 2025"),
        ),
        ({"partij": "jobmbo"}, ActionQuery(party="JOB")),  # an alias opens the party
        (
            {"partij": "mbo raad", "status": "loopt", "ronde": "ZOMER  2024"},
            ActionQuery(party="MBO Raad", status="Loopt", round="zomer 2024"),
        ),
        ({"rol": "Primair", "prioriteit": "2"}, ActionQuery(role="primair", priority=2)),
        ({"zoek": "  stage  "}, ActionQuery(text="stage")),
        ({"doel": ["1.1", "1.2"]}, ActionQuery(goal="1.2")),  # a repeated parameter: the last one counts
        ({"doel": ""}, ActionQuery()),
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
    assert query == ActionQuery()
    assert notes == [note]


def test_parse_keeps_the_valid_params_next_to_an_invalid_one(options):
    query, notes = state.parse({"doel": "2.1", "partij": "nobody", "status": "Afgerond"}, options)
    assert query == ActionQuery(goal="2.1", status="Afgerond")
    assert len(notes) == 1


def test_parse_reads_only_the_page_params(options):
    query, notes = state.parse({"doel": "2.1", "zoek": "x", "onzin": "y"}, options, allowed=(state.PARAM_GOAL,))
    assert (query, notes) == (ActionQuery(goal="2.1"), [])


def test_search_text_is_capped(options):
    query, _ = state.parse({"zoek": "a" * 1000}, options)
    assert len(query.text) == state.MAX_TEXT


def test_round_trip(options):
    query = ActionQuery(goal="2.1", party="JOB", round="najaar 2025", text="stage")
    params = state.to_params(query)
    assert params == {"doel": "2.1", "partij": "JOB", "ronde": "najaar 2025", "zoek": "stage"}
    assert state.parse(params, options) == (query, [])
    assert state.to_params(ActionQuery()) == {}
