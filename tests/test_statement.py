"""The accessibility statement (page Toegankelijkheid): what it promises, whom to tell, shown without a workbook."""

from __future__ import annotations

import pytest

from dashboard.config import load_config
from tests import apptest
from views import accessibility

PAGE = "toegankelijkheid"


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_the_statement_names_the_standard_the_checks_and_what_does_not_work_yet():
    view = accessibility.view()
    headings = [s.heading for s in view.sections]
    assert headings[0] == "Waaraan het dashboard voldoet" and "Wat nog niet goed werkt" in headings
    text = "\n".join(line for s in view.sections for line in s.lines)
    for promise in (
        "WCAG 2.1 op niveau AA",
        "axe-core",
        "toetsenbord",
        "320 pixels",
        'lang="nl"',
        "getallen als tabel",
    ):
        assert promise in text
    assert view.contact_address is None and "OCW" in view.contact
    assert "1 december 2026" in view.checked


def test_a_contact_setting_becomes_a_mail_link_and_a_name_stays_text():
    assert accessibility.view("  toegankelijkheid@minocw.nl ").contact_address == "toegankelijkheid@minocw.nl"
    named = accessibility.view("Team mbo")
    assert named.contact == "Team mbo" and named.contact_address is None
    assert load_config({"WERKAGENDA_CONTACT": "a@b.nl"}).contact == "a@b.nl"
    assert load_config({}, {"contact": " Team mbo "}).contact == "Team mbo"
    assert load_config({}).contact is None


@pytest.fixture
def run(monkeypatch):
    apptest.install(monkeypatch)
    return apptest.run_page


def test_the_page_shows_the_statement_and_the_mail_link(run, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_CONTACT", "toegankelijkheid@minocw.nl")
    at = run(PAGE)
    assert at.title[0].value == accessibility.TITLE
    assert [h.value for h in at.header][:2] == ["Waaraan het dashboard voldoet", "Wat u kunt verwachten"]
    assert "[toegankelijkheid@minocw\\.nl](mailto:toegankelijkheid@minocw.nl)" in markdown(at)
    assert accessibility.view().checked in [c.value for c in at.caption]


def test_the_page_is_shown_when_the_workbook_cannot_be_read(run, monkeypatch, tmp_path):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen werkboek")
    monkeypatch.setenv("WERKBOEK_PAD", str(broken))
    monkeypatch.delenv("WERKAGENDA_CONTACT", raising=False)
    at = run(PAGE)
    assert "Wat nog niet goed werkt" in [h.value for h in at.header]
    assert "OCW" in markdown(at) and "mailto:" not in markdown(at)
