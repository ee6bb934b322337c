"""The catalogue of codes (workbook/catalogue/): every entry is complete and its example renders, and
docs/validatie.md is exactly the text generated from it (``python -m workbook.catalogue > docs/validatie.md``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbook import catalogue, messages
from workbook.catalogue import doc
from workbook.catalogue.base import FINDING, REFUSAL, SEVERITIES, CodeInfo, finding, refusal, section

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "validatie.md"
ENTRIES = {entry.code: entry for entry in catalogue.ENTRIES}


def test_doc_is_the_generated_text():
    assert DOC.read_text(encoding="utf-8") == doc.render(), f"docs/validatie.md is out of date: run {doc.COMMAND}"


def test_the_command_prints_the_doc():
    done = subprocess.run(
        [sys.executable, "-m", "workbook.catalogue"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout == doc.render()


def test_every_code_is_in_the_catalogue_once():
    codes = [entry.code for entry in catalogue.ENTRIES]
    assert len(codes) == len(set(codes)) == len(catalogue.CATALOGUE)
    assert set(catalogue.FINDINGS) <= set(catalogue.CATALOGUE)


@pytest.mark.parametrize("code", sorted(ENTRIES))
def test_every_entry_is_complete_and_its_example_renders(code):
    entry = ENTRIES[code]
    assert entry.severity in SEVERITIES[entry.kind]
    assert entry.description.strip() == entry.description and entry.description.endswith((".", ")"))
    assert entry.section and "|" not in entry.description
    shown = doc.example(entry)
    assert "{" not in shown and "}" not in shown, "every field of the template is filled by the example"
    if entry.kind == FINDING:
        made = messages.make(code, **entry.example)
        assert (made.code, made.severity) == (code, entry.severity)
        assert made.message in shown


def test_sections_are_listed_together_in_the_order_of_the_catalogue():
    headings = [line[4:] for line in doc.render().splitlines() if line.startswith("### ")]
    order = list(dict.fromkeys(entry.section for entry in catalogue.ENTRIES))
    assert headings == order  # no section is split in two by another


# --- refusals: the second part, with the same fields ------------------------------------------------------------
REFUSALS = section(
    "Een rapportageronde",
    refusal(
        "round-already-open",
        "Ronde '{round}' is al geopend. Sluit die eerst af voordat u een nieuwe ronde opent.",
        description="Er is geen open ronde.",
        example=dict(round="voorjaar 2026"),
    ),
)


def test_refusals_form_a_second_part_with_the_same_columns():
    text = doc.render((*catalogue.ENTRIES, *REFUSALS))
    assert text.index("## Alle controles") < text.index("## Alle weigeringen") < text.index("## Voor ontwikkelaars")
    assert (
        "| `round-already-open` | weigering | Er is geen open ronde. | Ronde 'voorjaar 2026' is al geopend. Sluit "
        "die eerst af voordat u een nieuwe ronde opent. |" in text
    )
    assert "### Een rapportageronde" in text and "| Code | Ernst | Wanneer geweigerd |" in text
    assert "## Alle weigeringen" not in doc.render()  # no refusal in the catalogue yet: no empty part


def test_an_entry_refuses_a_severity_its_kind_cannot_have():
    with pytest.raises(ValueError, match="cannot have the severity"):
        CodeInfo("x-y", REFUSAL, "fout", "Tekst.", "Wanneer.", {}, "Sectie")
    with pytest.raises(ValueError, match="cannot have the severity"):
        section("S", finding("x-y", REFUSAL, "Tekst.", description="Wat.", example={}))


def test_an_example_cannot_be_changed_through_the_entry():
    entry = catalogue.ENTRIES[0]
    with pytest.raises(TypeError):
        entry.example["value"] = "ander.xlsx"  # type: ignore[index]
