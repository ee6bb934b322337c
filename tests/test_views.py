"""Every page's view, tested directly: the figures and Dutch sentences a page shows, without a browser or AppTest."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.search import ActionQuery
from schemas import check
from support import badfiles, sample
from views import about, budget, common, goals, overview, parties, sentences, timeline, update
from views.catalog import default_views
from workbook import contract

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def checked(tmp_path):
    return check(sample.build(tmp_path), today=TODAY)


@pytest.fixture
def model(tmp_path):
    return sample.overview(tmp_path, today=TODAY)


def set_action(data, action_id, **values):
    next(r for r in data[contract.SHEET_ACTIONS] if r[contract.COL_ACTION_ID] == action_id).update(values)


# --- Overzicht ---------------------------------------------------------------------------------------------------
def test_overview_figures_and_sentences(model, checked):
    view = overview.view(model, "werkboek.xlsx", dt.datetime(2026, 11, 20, 14, 5), False, report=checked.report)
    assert view.round_heading == "Stand in de rapportageronde najaar 2025 (1 november 2025)"
    assert [(m.label, m.value) for m in view.metrics] == [
        ("Acties", "5"),
        ("Afgerond", "1 (20%)"),
        ("Loopt", "3 (60%)"),
        ("Eindjaar verstreken", "0"),
        ("Budget 2026", "€ 900 mln"),
    ]
    assert view.status_sentence == "Status in najaar 2025: Afgerond 1 (20%) · Loopt 3 (60%) · Gestopt 1 (20%)."
    assert [c.title for c in view.charts] == [
        "Status per prioriteit (najaar 2025)",
        "Status per doelstelling (najaar 2025)",
    ]
    assert view.changes_caption == "Statuswijzigingen van zomer 2024 naar najaar 2025."
    assert view.change_sentences == ("1 actie van Niet gestart naar Loopt", "1 actie van Loopt naar Gestopt")
    assert view.changes_label == "Welke acties zijn veranderd? (2 acties)" and view.changes_rest == ""
    assert (
        list(view.moved[contract.COL_ACTION_ID]) == ["2.1-01", "3.1-01"]
        and view.moved_stem == "statuswijzigingen-najaar-2025"
    )
    assert dict(view.facts) == {
        "Bestand": "werkboek.xlsx",
        "Gewijzigd": "20 november 2026, 14:05",
        "Laatste ronde": "najaar 2025 (1 november 2025)",
        "Rondes": "zomer 2024, najaar 2025",
        "Controle": "in orde: 0 fouten, 0 waarschuwingen",
    }


@pytest.mark.parametrize(
    ("today", "label", "value"),
    [
        (dt.date(2024, 3, 1), "Budget 2024", "€ 1.604 mln"),  # B03 (704) holds only in 2024 and is no part of B01
        (dt.date(2031, 1, 1), "Budget 2027", "€ 900 mln"),  # after the budget's last year: its last year
        (dt.date(2019, 1, 1), "Budget 2023", "€ 902,5 mln"),  # before its first year: its first year
    ],
)
def test_overview_budget_metric_is_this_year_within_the_budget_years(tmp_path, today, label, value):
    view = overview.view(
        sample.overview(tmp_path, today=today), "w.xlsx", None, False, report=check(sample.build(tmp_path)).report
    )
    budget_metric = view.metrics[-1]
    assert (budget_metric.label, budget_metric.value) == (label, value)
    assert "Niet opgeteld in" in budget_metric.help and "B02 (onderdeel van B01)" in budget_metric.help


def test_overview_with_many_moves_shows_six_and_counts_the_rest(tmp_path):
    data = sample.sample_data()
    for row, (before, after) in zip(data[contract.SHEET_ACTIONS], [("Loopt", "Vertraagd"), ("Afgerond", "Loopt"),
                                                             ("Loopt", "Onbekend"), ("Niet gestart", "Gestopt"),
                                                             ("Loopt", "Afgerond")]):  # fmt: skip
        row["Status zomer 2024"], row["Status najaar 2025"] = before, after
    data[contract.SHEET_ACTIONS].append(
        dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: "1.1-03", "Status zomer 2024": "Onbekend"})
    )
    data[contract.SHEET_ACTIONS].append(
        dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: "1.1-04", "Status zomer 2024": "Gestopt"})
    )
    model = sample.overview(tmp_path, data, TODAY)
    view = overview.view(model, "w.xlsx", None, False, report=check(sample.build(tmp_path, data)).report)
    assert len(view.change_sentences) == overview.MAX_SENTENCES
    assert view.changes_rest == "En nog 1 actie met een andere wijziging (zie hieronder)."


def test_overview_with_one_round_has_nothing_to_compare(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ROUNDS] = data[contract.SHEET_ROUNDS][1:]
    for row in data[contract.SHEET_ACTIONS]:
        del row["Voortgang zomer 2024"], row["Status zomer 2024"]
    model = sample.overview(tmp_path, data, TODAY)
    view = overview.view(model, "w.xlsx", None, True, report=check(sample.build(tmp_path, data)).report)
    assert view.change_sentences == () and view.changes_caption == ""
    assert view.no_changes == "Er is nog maar één rapportageronde; er is niets om mee te vergelijken."
    assert dict(view.facts)["Bestand"] == "w.xlsx (uw eigen versie)"


# --- Doelstellingen ----------------------------------------------------------------------------------------------
def test_goals_view_sections_cards_and_sentences(model, checked):
    view = goals.view(model, ActionQuery(), report=checked.report)
    assert (view.count, view.count_rest, view.stem) == ("5 acties", "van de 5 (alle acties)", "acties")
    assert [section.label for section in view.sections] == [
        "1.1 Gelijkwaardigheid",
        "1.2 Welzijn",
        "2.1 Studiekeuze",
        "3.1 Taal en rekenen",
    ]
    first = view.sections[0]
    assert first.description == "We dragen bij aan het gelijkwaardig behandelen van alle studenten."
    assert first.summary == (
        "Stand in najaar 2025 van de 2 acties: 1 Afgerond en 1 Loopt.",
        "Geen actie heeft in najaar 2025 een andere status dan in zomer 2024.",
    )
    assert view.sections[2].summary[1] == "Sinds zomer 2024: 1 actie van Niet gestart naar Loopt."
    card = first.actions[0]
    assert (card.action_id, card.status, card.who) == ("1.1-01", "Loopt", "OCW (primair), Mbo-scholen, JOB")
    assert [(r.round, r.status, r.text) for r in card.rounds] == [
        ("najaar 2025", "Loopt", "Idem."),
        ("zomer 2024", "Loopt", "Kamerbrief verstuurd."),
    ]  # newest first
    assert first.actions[1].rounds[0].text == ""  # no text: the page says so
    assert view.chart_title == "Status per ronde per doelstelling" and view.by_goal


def test_goals_view_shows_each_goals_indicators_with_every_figure_as_text(tmp_path):
    model = sample.overview(tmp_path, sample.sample_data(indicators=True), TODAY)
    view = goals.view(model, ActionQuery(), report=check(sample.build(tmp_path)).report)
    by_goal = {section.code: section.indicators for section in view.sections}
    assert [i.indicator_id for i in by_goal["1.1"]] == ["I02"] and by_goal["2.1"] == ()
    (dropouts,) = by_goal["1.2"]
    assert dropouts.sentence == (
        "Aantal nieuwe voortijdig schoolverlaters (aantal; lager is beter): 25.544 in 2021/2022 en 22.308 in "
        "2023/2024. Basiswaarde 25.544 (2021/2022). Streefwaarde 18.000."
    )
    assert dropouts.lines[0].startswith("2021/2022: 25.544. Bron: Voortgangsbrief Werkagenda mbo en Stagepact mbo, ")
    assert dropouts.points[["Jaar", "Waarde", "Naam"]].values.tolist() == [
        ["2021/2022", 25544.0, "25.544"],
        ["2023/2024", 22308.0, "22.308"],
    ]
    (share,) = by_goal["1.1"]
    assert share.sentence.startswith(
        "Aandeel scholen met een studentenkaart (%; hoger is beter): meer dan 50% ('meer dan de helft') in 2024 en 61% "
        "in 2025."
    )
    # an indicator of no goal is shown once, after the goals; a value without a year is said, not drawn
    (students,) = view.other_indicators
    assert (
        students.sentence
        == "Aantal mbo-studenten (aantal): meer dan 500.000 ('Meer dan een half miljoen') (zonder jaar). Basiswaarde "
        "500.000."
    )
    assert not students.chartable
    assert (
        goals.view(model, ActionQuery(goal="1.1"), report=check(sample.build(tmp_path)).report).other_indicators == ()
    )


def test_goals_view_without_the_indicator_sheets(model, checked):
    view = goals.view(model, ActionQuery(), report=checked.report)
    assert all(section.indicators == () for section in view.sections) and view.other_indicators == ()


def test_goals_view_with_filters_and_past_end_years(tmp_path):
    model = sample.overview(tmp_path, today=dt.date(2027, 3, 1))
    report = check(sample.build(tmp_path), today=dt.date(2027, 3, 1)).report
    view = goals.view(model, ActionQuery(goal="1.2", round="zomer 2024"), report=report)
    assert (view.count, view.count_rest) == ("1 actie", "van de 5 die aan de filters voldoen")
    (section,) = view.sections
    assert section.summary == (
        "Stand in zomer 2024 van de 1 actie: 1 Loopt.",
        "Van actie 1.2-01 is het eindjaar voorbij, terwijl ze nog niet is afgerond of gestopt.",
    )
    assert section.actions[0].notes == ("Eindjaar 2026 is verstreken, maar de actie staat nog op 'Loopt'.",)
    assert view.chart_title == "Status per ronde van doelstelling 1.2" and not view.by_goal
    assert view.stem == "acties-1.2-zomer-2024"
    assert goals.view(model, ActionQuery(text="bestaat niet"), report=report).empty


# --- Partijen ------------------------------------------------------------------------------------------------------
def test_parties_view_for_a_party_and_a_role(model):
    view = parties.view(model, "OCW", None, None)
    assert view.parties == ("OCW", "JOB", "Mbo-scholen", "MBO Raad", "VWS")
    assert view.matrix_title == "Acties per partij en doelstelling (in alle rollen)" and view.without_actions == ""
    profile = view.profile
    assert (profile.heading, profile.subtitle) == ("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap (overheid)")
    assert [(m.label, m.value) for m in profile.metrics] == [
        ("Acties", "4"),
        ("Primair", "1"),
        ("Betrokken", "3"),
        ("Andere partijen", "0"),
    ]
    assert profile.sentence == "In najaar 2025 is 25% van de acties van OCW afgerond (1) en loopt 50% (2)."
    assert (view.actions_heading, view.actions_caption) == ("Acties van OCW", "4 rijen.")
    lead = parties.view(model, None, "2.1", contract.ROLE_LEAD)
    assert lead.without_actions == "Zonder acties als primair (niet in de matrix): MBO Raad, JOB, VWS."
    assert (lead.actions_heading, lead.actions_caption) == (
        "Acties bij doelstelling 2.1 (primair)",
        "1 rij: één per actie en partij.",
    )
    nobody = parties.view(model, "VWS", "1.1", contract.ROLE_LEAD)
    assert (
        nobody.actions.empty and nobody.actions_caption == "Er zijn geen acties van VWS bij doelstelling 1.1 (primair)."
    )


# --- Budget --------------------------------------------------------------------------------------------------------
def test_budget_view_traces_every_figure(model):
    view = budget.view(model)
    assert [(m.label, m.value) for m in view.metrics] == [
        ("Structureel per jaar", "€ 900 mln"),
        ("Totaal over de looptijd", "-"),
        ("Budgetregels", "4"),
    ]
    assert view.per_year.left_out == "Niet opgeteld in deze grafiek: B02 (onderdeel van B01)."
    assert view.wholes == ("B01",) and view.whole.title == "Samenstelling van B01 Totaal per jaar (€ 900 mln)"
    assert view.whole.description.endswith("plus het deel dat niet is uitgesplitst (€ 533 mln).")
    assert list(view.table[contract.COL_AMOUNT]) == ["€ 900 mln", "€ 367 mln", "€ 704 mln", "€ 2,5 mln"]
    assert list(view.download[contract.COL_AMOUNT]) == [900.0, 367.0, 704.0, 2.5]  # a spreadsheet can add them up


def test_budget_view_of_overlapping_parts_says_so(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_BUDGET][2][contract.COL_PART_OF] = "B01"  # 704 + 367 > 900
    whole = budget.view(sample.overview(tmp_path, data, TODAY)).whole
    assert whole.composition.overlapping
    assert whole.captions[-1].startswith(
        "De onderdelen van B01 zijn samen € 1.071 mln, meer dan het geheel (€ 900 mln)"
    )


def test_budget_view_of_an_empty_budget(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_BUDGET] = []
    assert budget.view(sample.overview(tmp_path, data, TODAY)).empty


# --- Tijdlijn and Over -----------------------------------------------------------------------------------------------
def test_timeline_view(model):
    view = timeline.view(model, ActionQuery(goal="1.1"))
    assert (view.count, view.count_rest, view.title) == ("2 acties", "van de 5", "Acties in de tijd (doelstelling 1.1)")
    assert view.axis == (2022, 2027) and view.today == pytest.approx(2026 + 325 / 365.25)
    assert (
        view.facts
        == "1 actie is doorlopend (geen eindjaar en niet afgerond of gestopt); bij 1 actie noemt de planning geen "
        "startjaar; die begint op de as in 2022."
    )
    assert list(view.table.columns) == timeline.TABLE_COLUMNS and view.stem == "tijdlijn-1.1"


def test_about_view(model):
    view = about.view(model)
    assert [(m.label, m.value) for m in view.metrics][-2:] == [("Acties", "5"), ("Budgetregels", "4")]
    assert view.rounds_shown.values.tolist() == [
        ["zomer 2024", "1 juli 2024", "Voortgangsbrief zomer 2024", 4],
        ["najaar 2025", "1 november 2025", "Voortgangsbrief najaar 2025", 4],
    ]
    assert [word for word, _ in view.meanings] == list(contract.STATUSES)
    assert view.sources.values.tolist() == [
        ["Werkagenda mbo 2023-2027 (samenvatting)", "", ""],
        ["Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382"],
        ["Actie-overzicht Werkagenda mbo", "najaar 2025", ""],
        ["Voortgangsbrief Werkagenda mbo en Stagepact mbo", "najaar 2025", ""],
    ]


def test_about_view_names_a_rounds_source_by_its_title_and_lists_addresses(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ROUNDS][1][contract.COL_SOURCE] = "Kolom Voortgang van 002, bijlage bij 004."
    data[contract.SHEET_SOURCES][1][contract.COL_URL] = "https://www.rijksoverheid.nl/documenten/kamerstukken"
    view = about.view(sample.overview(tmp_path, data, today=TODAY))
    assert view.rounds[contract.COL_SOURCE].tolist()[1] == (
        "Kolom Voortgang van Actie-overzicht Werkagenda mbo, najaar 2025, bijlage bij Voortgangsbrief Werkagenda mbo "
        "en Stagepact mbo, najaar 2025."
    )
    assert list(view.sources.columns) == ["Titel", "Datum", "Kenmerk", "Adres"]
    assert view.sources["Adres"].tolist()[1] == "https://www.rijksoverheid.nl/documenten/kamerstukken"


def test_about_view_without_a_bronnen_sheet(tmp_path):
    data = sample.sample_data()
    del data[contract.SHEET_SOURCES]
    data[contract.SHEET_ROUNDS][1][contract.COL_SOURCE] = "Kolom Voortgang van 002."
    view = about.view(sample.overview(tmp_path, data, today=TODAY))
    assert view.sources.empty and view.rounds[contract.COL_SOURCE].tolist()[1] == "Kolom Voortgang van 002."


def test_every_page_has_a_view_on_the_canonical_workbook():
    checked = check(contract.CANONICAL_WORKBOOK, today=TODAY)
    from domain.model import build_overview

    views = default_views(build_overview(checked.workbook, TODAY), checked.report)
    assert views["doelstellingen"].count == "78 acties" and len(views["doelstellingen"].sections) == 12
    indicators = [i.indicator_id for section in views["doelstellingen"].sections for i in section.indicators]
    assert len(indicators) == 22 and [i.indicator_id for i in views["doelstellingen"].other_indicators] == [
        "I14",
        "I15",
        "I42",
    ]
    assert views["overzicht"].metrics[0].value == "78"


# --- what every page shares ----------------------------------------------------------------------------------------
def test_banners_and_check_line(tmp_path, checked):
    assert common.banners("w.xlsx", checked.report, usable=True, preview=False) == []
    assert common.check_line(checked.report) == "Controle: in orde (0 fouten, 0 waarschuwingen)"
    unreadable = check(badfiles.renamed_csv(tmp_path)).report
    (banner,) = common.banners("acties.xlsx", unreadable, usable=False, preview=False)
    assert banner.level == common.ERROR and banner.text.startswith(
        "Het werkboek 'acties.xlsx' kan niet worden gelezen: "
    )
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_GOAL] = "9.9"
    broken = check(sample.build(tmp_path, data, name="fout.xlsx")).report
    found = common.banners("fout.xlsx", broken, usable=True, preview=True)
    assert [b.level for b in found] == [common.ERROR, common.INFO] and "bevat 1 fout." in found[0].text
    assert found[0].link == common.CHECK_LINK


@pytest.mark.parametrize(
    ("function", "args", "expected"),
    [
        (sentences.status_mix, ({"Loopt": 2, "Afgerond": 0}, None), "Status in de laatste ronde: Loopt 2 (100%)."),
        (sentences.status_mix, ({}, "najaar 2025"), "Er zijn nog geen acties."),
        (sentences.status_mix_of, ({"Loopt": 1}, "najaar 2025"), "Stand in najaar 2025 van de 1 actie: 1 Loopt."),
        (
            sentences.moves_summary,
            ([], "zomer 2024", "najaar 2025"),
            "Geen actie heeft in najaar 2025 een andere status dan in zomer 2024.",
        ),
        (
            sentences.past_end,
            (["1.1-01", "1.1-02"],),
            "Van 2 acties (1.1-01 en 1.1-02) is het eindjaar voorbij, terwijl ze nog niet zijn afgerond of gestopt.",
        ),
        (sentences.past_end, ([],), ""),
        (sentences.period, (2023, 2024, False, False), "2023"),
        (sentences.period, (2023, 2027, False, False), "2023 - 2026"),
        (sentences.period, (2024, 2028, True, False), "2024 - doorlopend"),
        (sentences.period, (2022, 2028, True, True), "doorlopend (geen jaren genoemd)"),
    ],
)
def test_sentences(function, args, expected):
    assert function(*args) == expected


# --- Werkboek bijwerken ----------------------------------------------------------------------------------------------
def test_update_offers(tmp_path, checked):
    content = sample.build(tmp_path, name="nieuw.xlsx").read_bytes()
    same = update.check_upload(content, "nieuw.xlsx", checked, max_mb=10)
    assert update.offer(same, can_publish=True, current_bytes=content) == update.Offer(
        True, False, "info", "Deze versie is gelijk aan het huidige werkboek."
    )
    assert update.offer(same, can_publish=True, current_bytes=b"anders").take_in
    assert update.offer(same, can_publish=False, current_bytes=b"anders") == update.Offer(
        True, False, "caption", update.NOT_PUBLISHING
    )
    unreadable = update.check_upload(b"geen werkboek", "x.xlsx", checked, max_mb=10)
    offer = update.offer(unreadable, can_publish=True, current_bytes=content)
    assert not offer.preview and not offer.take_in and offer.level == "error"
    assert update.summary(unreadable.report)[0] == "error" and update.summary(checked.report)[0] == update.SUCCESS
