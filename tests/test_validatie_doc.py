"""docs/validatie.md lists every check with an example message made by messages.make: it cannot drift.

Regenerate the list after changing a message or adding a code:

    python -m tests.test_validatie_doc
"""

from __future__ import annotations

import re
from pathlib import Path

from workbook import contract, messages, nl

DOC = Path(__file__).resolve().parent.parent / "docs" / "validatie.md"
BEGIN, END = "<!-- begin: controles (gegenereerd) -->", "<!-- end: controles -->"

A, B = contract.SHEET_ACTIONS, contract.SHEET_BUDGET
F = "'verzoek voorjaar 2026 - OCW.xlsx'"  # an answer file, as collect names it
IND, MEAS = contract.SHEET_INDICATORS, contract.SHEET_MEASUREMENTS
TOLERANCE = nl.euro_mln(contract.BUDGET_TOLERANCE_MLN)
#: group title -> [(code, what is checked, make(...) arguments for the example)]
CHECKS: dict[str, list[tuple[str, str, dict]]] = {
    "Het bestand (het werkboek wordt niet gelezen; afsluitcode 2)": [
        ("file-missing", "Het bestand bestaat.", dict(value="actieoverzicht.xlsx")),
        ("file-empty", "Het bestand is niet leeg.", dict(value="actieoverzicht.xlsx")),
        (
            "file-too-large",
            f"Het bestand is niet groter dan {contract.MAX_FILE_BYTES // 2**20} MB.",
            dict(value=0, size_mb="31,4", limit_mb=contract.MAX_FILE_BYTES // 2**20),
        ),
        ("old-xls", "Het is geen oud .xls-bestand.", dict(value="actieoverzicht.xls")),
        ("encrypted", "Het bestand is niet met een wachtwoord beveiligd.", dict(value="actieoverzicht.xlsx")),
        ("csv-not-xlsx", "Het is geen CSV- of tekstbestand met de naam .xlsx.", dict(value="acties.xlsx")),
        (
            "not-a-workbook",
            "Het is een Excel-werkmap (geen plaatje, webpagina of Word-bestand).",
            dict(value="export.xlsx"),
        ),
        (
            "corrupt-workbook",
            "Het bestand is volledig en onbeschadigd.",
            dict(value="half.xlsx", detail="het zip-bestand is onvolledig"),
        ),
        (
            "zip-bomb",
            f"Uitgepakt is het werkboek niet groter dan {contract.MAX_UNCOMPRESSED_BYTES // 2**20} MB.",
            dict(value="bom.xlsx", limit_mb=contract.MAX_UNCOMPRESSED_BYTES // 2**20),
        ),
    ],
    "De opbouw van het werkboek": [
        ("missing-sheet", "Elk blad is er: " + ", ".join(contract.DATA_SHEETS) + ".", dict(sheet=B)),
        ("sheet-renamed", "Een blad met een bijna goede naam wordt herkend en genoemd.", dict(sheet=A, found="Actie")),
        ("empty-sheet", "Elk blad heeft een kopregel.", dict(sheet=contract.SHEET_ROUNDS)),
        ("no-rows", "Elk blad behalve Budget heeft ten minste één rij gegevens.", dict(sheet=A)),
        (
            "missing-column",
            "Elke verplichte kolom staat in de kopregel (hoofdletters en spaties tellen niet).",
            dict(sheet=A, row=1, column=contract.COL_WHO),
        ),
        (
            "duplicate-column",
            "Geen kolomnaam staat twee keer in de kopregel.",
            dict(sheet=A, row=1, column=contract.COL_WHO, cell="L1"),
        ),
        (
            "header-not-first-row",
            f"De kopregel staat op rij 1 (hij wordt gezocht in de eerste {contract.MAX_HEADER_SEARCH_ROWS} rijen).",
            dict(sheet=A, row=3),
        ),
        (
            "too-many-rows",
            f"Een blad heeft niet meer dan {nl.number(contract.MAX_ROWS_PER_SHEET)} rijen.",
            dict(sheet=A, limit=nl.number(contract.MAX_ROWS_PER_SHEET)),
        ),
        ("merged-cells", "Er zijn geen samengevoegde cellen.", dict(sheet=A, row=2, cell="C2", value="C2:C3")),
        ("hidden-rows", "Er zijn geen verborgen rijen met gegevens.", dict(sheet=A, row=4)),
        ("blank-row", "Er staan geen lege rijen tussen de gegevens.", dict(sheet=A, row=4)),
        (
            "round-columns-missing",
            "Elke ronde in Rondes heeft in Acties de kolommen 'Voortgang <ronde>' en 'Status <ronde>'.",
            dict(sheet=A, column="Status voorjaar 2026", value="voorjaar 2026", rounds_sheet=contract.SHEET_ROUNDS),
        ),
        (
            "round-not-listed",
            "Elke rondekolom in Acties hoort bij een ronde in Rondes.",
            dict(
                sheet=A,
                row=1,
                column="Status najaar 2025",
                cell="K1",
                value="najaar 2025",
                rounds_sheet=contract.SHEET_ROUNDS,
            ),
        ),
        (
            "round-order",
            "De rondekolommen staan in de volgorde van de rondes.",
            dict(sheet=A, value="najaar 2025", rounds_sheet=contract.SHEET_ROUNDS),
        ),
    ],
    "Cellen": [
        (
            "formula-error",
            "Een formule geeft geen fout.",
            dict(sheet=A, row=3, column=contract.COL_START_YEAR, cell="F3", value="#DEEL/0!"),
        ),
        (
            "formula-without-value",
            "Een formule heeft een berekende waarde.",
            dict(sheet=A, row=4, column=contract.COL_END_YEAR, cell="G4"),
        ),
        (
            "required-value",
            "Verplichte cellen zijn ingevuld (zoals Actie-ID, Doelstelling, Wat, Wie, Bedrag).",
            dict(sheet=A, row=5, column=contract.COL_WHAT, cell="C5"),
        ),
        (
            "not-an-integer",
            "Jaartallen en prioriteiten zijn hele getallen.",
            dict(
                sheet=A,
                row=3,
                column=contract.COL_START_YEAR,
                cell="F3",
                value="2024/2025",
                hint=" (een jaartal)",
                example="2024",
            ),
        ),
        (
            "not-a-number",
            "Een bedrag is een getal (12,5 en € 12,5 mogen).",
            dict(sheet=B, row=4, column=contract.COL_AMOUNT, cell="C4", value="704 mln"),
        ),
        (
            "measurement-not-a-number",
            "Een waarde, basiswaarde of streefwaarde van een indicator is alleen een getal (geen % of woorden).",
            dict(sheet=MEAS, row=5, column=contract.COL_VALUE, cell="C5", value="61%"),
        ),
        (
            "not-a-date",
            "Een datum is een datum (1-7-2024 als tekst mag).",
            dict(sheet=contract.SHEET_ROUNDS, row=3, column=contract.COL_DATE, cell="B3", value="najaar"),
        ),
        (
            "not-text",
            "Tekstkolommen bevatten tekst, geen datum (Excel maakt van 1.2 soms 1 februari).",
            dict(
                sheet=A,
                row=3,
                column=contract.COL_GOAL,
                cell="B3",
                value="1-2-2026",
                hint=" (Excel heeft er waarschijnlijk een datum van gemaakt)",
            ),
        ),
        (
            "year-out-of-range",
            f"Jaartallen liggen tussen {contract.YEAR_MIN} en {contract.YEAR_MAX}.",
            dict(
                sheet=A,
                row=4,
                column=contract.COL_START_YEAR,
                cell="F4",
                value=2019,
                min=contract.YEAR_MIN,
                max=contract.YEAR_MAX,
            ),
        ),
        (
            "negative-amount",
            "Een bedrag is niet negatief.",
            dict(sheet=B, row=4, column=contract.COL_AMOUNT, cell="C4", value=-704.0),
        ),
        (
            "invalid-value",
            "Status, Soort (partij en budget) en Prioriteit komen uit hun vaste lijst (hoofdletters tellen niet).",
            dict(
                sheet=A,
                row=2,
                column="Status najaar 2025",
                cell="K2",
                value="Bezig",
                allowed=", ".join(contract.STATUSES),
            ),
        ),
        (
            "invalid-pattern",
            "Actie-ID, Doelstelling en Budget-ID hebben de vaste vorm (1.2-03, 1.2, B07).",
            dict(
                sheet=A,
                row=2,
                column=contract.COL_ACTION_ID,
                cell="A2",
                value="1.1-1",
                pattern="doelstelling-volgnummer",
                example="1.2-03",
            ),
        ),
        (
            "duplicate-id",
            "Actie-ID, Doelstelling, Partij, Ronde, Prioriteit en Budget-ID komen maar één keer voor.",
            dict(sheet=A, row=4, column=contract.COL_ACTION_ID, cell="A4", value="1.1-01", other_rows="2"),
        ),
        (
            "duplicate-row",
            "Geen rij is een kopie van een eerdere rij (twee keer geplakt).",
            dict(sheet=A, row=7, other_rows="4"),
        ),
    ],
    "Tussen de bladen": [
        (
            "unknown-goal",
            "De doelstelling van een actie of budgetregel staat in Doelstellingen.",
            dict(sheet=A, row=3, column=contract.COL_GOAL, cell="B3", value="1.9", goals_sheet=contract.SHEET_GOALS),
        ),
        (
            "unknown-priority",
            "De prioriteit van een doelstelling of budgetregel staat in Prioriteiten.",
            dict(
                sheet=contract.SHEET_GOALS,
                row=5,
                column=contract.COL_PRIORITY,
                cell="B5",
                value=3,
                priorities_sheet=contract.SHEET_PRIORITIES,
            ),
        ),
        (
            "goal-priority-mismatch",
            "Doelstelling 2.1 hoort bij prioriteit 2 (in Doelstellingen en in Budget).",
            dict(
                sheet=contract.SHEET_GOALS,
                row=4,
                column=contract.COL_PRIORITY,
                cell="B4",
                value=3,
                goal="2.1",
                expected=2,
            ),
        ),
        (
            "unknown-party",
            "Elke naam in Wie is een partij of alias uit Partijen; bij een bijna goede naam volgt een suggestie.",
            dict(
                sheet=A,
                row=2,
                column=contract.COL_WHO,
                cell="D2",
                value="MBO-raad",
                suggestion=" Bedoelde u 'MBO Raad'?",
                parties_sheet=contract.SHEET_PARTIES,
            ),
        ),
        (
            "empty-party",
            "Wie bevat geen lege naam (twee komma's achter elkaar).",
            dict(sheet=A, row=3, column=contract.COL_WHO, cell="D3", value="OCW,, JOB"),
        ),
        (
            "duplicate-alias",
            "Een naam of alias hoort bij één partij.",
            dict(
                sheet=contract.SHEET_PARTIES,
                row=6,
                column=contract.COL_ALIASES,
                cell="D6",
                value="JOBmbo",
                other="JOB",
                other_row=4,
            ),
        ),
        (
            "round-date-order",
            "De rondes staan op volgorde van datum.",
            dict(sheet=contract.SHEET_ROUNDS, row=3, column=contract.COL_DATE, cell="B3", value="najaar 2025"),
        ),
        (
            "unknown-parent",
            "'Onderdeel van' in Budget verwijst naar een bestaand Budget-ID.",
            dict(sheet=B, row=3, column=contract.COL_PART_OF, cell="I3", value="B09"),
        ),
        (
            "parent-not-larger",
            "Een onderdeel is kleiner dan de regel waar het onderdeel van is.",
            dict(
                sheet=B, row=3, column=contract.COL_PART_OF, cell="I3", value="B01", amount="950", parent_amount="900"
            ),
        ),
        (
            "parent-cycle",
            "'Onderdeel van' draait niet in een kring rond.",
            dict(sheet=B, row=2, column=contract.COL_PART_OF, cell="I2", value="B02"),
        ),
        (
            "parts-exceed-whole",
            "Per geheel en per jaar zijn de onderdelen (van een soort die optelt) samen niet meer dan het geheel; "
            f"tot {TOLERANCE} erboven telt als afronding.",
            dict(
                sheet=B,
                row=3,
                column=contract.COL_AMOUNT,
                cell="C3",
                value="B02",
                whole_amount="€ 900 mln",
                parts="B03, B04, B15 en B22",
                years="in 2024 € 1.741 mln",
                tolerance=TOLERANCE,
            ),
        ),
        (
            "unknown-overlap",
            "'Overlapt met' in Budget noemt bestaande Budget-ID's.",
            dict(sheet=B, row=23, column=contract.COL_OVERLAPS, cell="K23", value="B29", line="B22"),
        ),
        (
            "overlap-with-itself",
            "Een regel overlapt niet met zichzelf.",
            dict(sheet=B, row=23, column=contract.COL_OVERLAPS, cell="K23", value="B22", line="B22"),
        ),
        (
            "overlap-in-own-tree",
            "'Overlapt met' noemt geen geheel of onderdeel van de regel zelf (dat zegt 'Onderdeel van' al).",
            dict(sheet=B, row=11, column=contract.COL_OVERLAPS, cell="K11", value="B03", line="B10"),
        ),
        (
            "measurements-without-indicators",
            "Een blad Metingen heeft een blad Indicatoren naast zich (beide bladen mogen ontbreken).",
            dict(sheet=MEAS, indicators_sheet=IND),
        ),
        (
            "unknown-indicator",
            "Het Indicator-ID van een meting staat in Indicatoren.",
            dict(sheet=MEAS, row=4, column=contract.COL_INDICATOR_ID, cell="A4", value="I09", indicators_sheet=IND),
        ),
        (
            "start-after-end",
            "Startjaar ligt niet na Eindjaar (Acties); Van jaar niet na Tot jaar (Budget).",
            dict(
                sheet=A,
                row=4,
                column=contract.COL_START_YEAR,
                cell="F4",
                start=2027,
                end=2026,
                end_column=contract.COL_END_YEAR,
            ),
        ),
    ],
    "Vastgestelde rondes en de rapporteur": [
        (
            "unknown-reporter",
            "Een ingevulde Rapporteur (optionele kolom van Acties) is een partij of alias uit Partijen.",
            dict(
                sheet=A,
                row=4,
                column=contract.COL_REPORTER,
                cell="N4",
                value="MBO-raad",
                suggestion=" Bedoelde u 'MBO Raad'?",
                parties_sheet=contract.SHEET_PARTIES,
            ),
        ),
        (
            "closed-round-changed",
            "De teksten en statussen van een vastgestelde ronde zijn niet veranderd sinds de vaststelling.",
            dict(
                sheet=contract.SHEET_ROUNDS,
                row=3,
                column=contract.COL_FINGERPRINT,
                cell="E3",
                value="najaar 2025",
                closed="15-12-2025",
                closed_column=contract.COL_CLOSED,
                fingerprint_column=contract.COL_FINGERPRINT,
            ),
        ),
        (
            "closed-round-fingerprint-missing",
            "Een vastgestelde ronde heeft een vingerafdruk.",
            dict(
                sheet=contract.SHEET_ROUNDS,
                row=3,
                column=contract.COL_FINGERPRINT,
                cell="E3",
                value="najaar 2025",
                closed_column=contract.COL_CLOSED,
                fingerprint_column=contract.COL_FINGERPRINT,
            ),
        ),
    ],
    "Antwoorden van een rapportageronde (collect; fout: niet overgenomen)": [
        (
            "answer-not-a-request",
            "Het bestand is een verzoek van de Werkagenda (afsluitcode 2).",
            dict(value="notulen.xlsx", sheet="Verzoek"),
        ),
        (
            "answer-missing-sheet",
            "Het verzoek heeft zijn blad Acties nog (afsluitcode 2).",
            dict(value="antwoord.xlsx", sheet="Acties"),
        ),
        (
            "answer-missing-column",
            "Het blad Acties heeft zijn antwoordkolommen nog (afsluitcode 2).",
            dict(value="antwoord.xlsx", sheet="Acties", column="Status voorjaar 2026"),
        ),
        (
            "answer-identification-mismatch",
            "De kenmerken van het bestand en het verborgen blad noemen dezelfde partij en ronde.",
            dict(value="antwoord.xlsx", key="Partij", props="OCW", sheet_value="JOB"),
        ),
        (
            "answer-fingerprints-altered",
            "Het verborgen blad met vingerafdrukken is niet veranderd.",
            dict(value="antwoord.xlsx", sheet="Verzoek"),
        ),
        (
            "answer-identification-sheet-missing",
            "Het verborgen blad Verzoek is er nog (anders: vergelijking met het werkboek).",
            dict(value="antwoord.xlsx", sheet="Verzoek"),
        ),
        (
            "answer-duplicate-action",
            "Geen actie staat twee keer in het antwoord.",
            dict(where=f"{F}, Acties!A5", value="1.1-02", other=3),
        ),
        (
            "answer-not-requested",
            "De actie hoort bij het verzoek aan deze partij.",
            dict(where=f"{F}, Acties!J4 (kolom 'Voortgang voorjaar 2026')", value="2.1-01", party="OCW"),
        ),
        (
            "answer-unknown-action",
            "De actie staat nog in het werkboek.",
            dict(where=f"{F}, Acties!J4 (kolom 'Voortgang voorjaar 2026')", value="2.1-09"),
        ),
        (
            "answer-round-not-open",
            "Het antwoord is voor de open ronde, en die is nog niet vastgesteld.",
            dict(
                where=f"{F}, Acties!J2 (kolom 'Voortgang najaar 2025')",
                value="1.1-01",
                round="najaar 2025",
                open="voorjaar 2026",
            ),
        ),
        (
            "answer-read-only-changed",
            "In het antwoord zijn de vaste velden (alles behalve de gele cellen) niet veranderd.",
            dict(
                where=f"{F}, Acties!C3 (kolom 'Wat')",
                value="1.1-02",
                column="Wat",
                old="Een wetsvoorstel.",
                new="Een wetsvoorstel, aangenomen.",
            ),
        ),
        (
            "answer-workbook-changed",
            "De actie is in het werkboek niet veranderd sinds het verzoek (anders: "
            "waarschuwing, het antwoord wordt wel overgenomen).",
            dict(where=f"{F}, Acties!A3 (kolom 'Actie-ID')", value="1.1-02", columns="Wie"),
        ),
        (
            "answer-conflict",
            "Twee antwoorden geven voor één actie dezelfde tekst en status.",
            dict(
                where=f"{F}, Acties!K3 (kolom 'Status voorjaar 2026')",
                value="1.1-02",
                other_file="verzoek voorjaar 2026 - OCW (2).xlsx",
                other_cell="Acties!K3",
                what="status",
                text="Loopt",
                other_text="Afgerond",
            ),
        ),
    ],
    "Waarschuwingen (blokkeren niet; afsluitcode 0)": [
        (
            "past-end-year",
            "Het eindjaar is voorbij (vóór dit jaar), maar de laatste status is niet Afgerond of Gestopt.",
            dict(sheet=A, row=4, column=contract.COL_END_YEAR, cell="G4", value=2025, status="Loopt"),
        ),
        (
            "parts-exceed-lower-bound",
            "Zoals parts-exceed-whole, maar het geheel is een ondergrens (Precisie 'meer dan' of 'ruim'): dan kan het "
            "kloppen.",
            dict(
                sheet=B,
                row=2,
                column=contract.COL_AMOUNT,
                cell="C2",
                value="B01",
                whole_amount="€ 4.000 mln",
                parts="B02 en B09",
                years="over de looptijd € 4.040 mln",
                tolerance=TOLERANCE,
                precision="meer dan",
            ),
        ),
        (
            "part-other-kind",
            "Een onderdeel van een andere soort dan zijn geheel (per jaar binnen totaal looptijd) wordt gemeld en "
            "niet opgeteld.",
            dict(
                sheet=B,
                row=21,
                column=contract.COL_PART_OF,
                cell="I21",
                value="B03",
                part="B20",
                kind="totaal looptijd",
                whole_kind="structureel per jaar",
            ),
        ),
        (
            "part-outside-whole-years",
            "Van jaar en Tot jaar van een onderdeel liggen binnen de jaren van zijn geheel.",
            dict(
                sheet=B, row=17, column=contract.COL_TO_YEAR, cell="F17", value=2029, whole="B15", first=2024, last=2027
            ),
        ),
        (
            "empty-latest-progress",
            "De voortgang van de laatste ronde is ingevuld (niet nodig als de actie al in de vorige ronde was "
            "afgerond of gestopt).",
            dict(sheet=A, row=4, column="Voortgang najaar 2025", cell="J4", round="najaar 2025"),
        ),
        (
            "empty-latest-status",
            "De status van de laatste ronde is ingevuld.",
            dict(
                sheet=A,
                row=4,
                column="Status najaar 2025",
                cell="K4",
                round="najaar 2025",
                allowed=", ".join(contract.STATUSES),
            ),
        ),
        (
            "unknown-source",
            "Elk bestand dat een kolom Bron noemt (zoals 002_17ac8c011985482e.txt of brief.pdf) staat in het blad "
            "Bronnen, met zijn titel en datum (alleen als het werkboek een blad Bronnen heeft).",
            dict(
                sheet=B,
                row=4,
                column=contract.COL_SOURCE,
                cell="J4",
                value="002_17ac8c011985482e.txt",
                sources_sheet=contract.SHEET_SOURCES,
            ),
        ),
        (
            "idem-status-changed",
            "Bij voortgang 'Idem.' is de status gelijk aan die van de vorige ronde.",
            dict(sheet=A, row=2, column="Status najaar 2025", cell="K2", value="Vertraagd", previous="Loopt"),
        ),
        (
            "old-workbook",
            f"De nieuwste ronde is niet ouder dan ongeveer {round(contract.STALE_AFTER_DAYS / 30.44)} maanden "
            "(anders is het misschien het bestand van vorig jaar).",
            dict(
                sheet=contract.SHEET_ROUNDS,
                row=3,
                column=contract.COL_DATE,
                cell="B3",
                value=__import__("datetime").date(2024, 7, 1),
                round="zomer 2024",
                months=round(contract.STALE_AFTER_DAYS / 30.44),
            ),
        ),
    ],
    "De controle zelf": [
        (
            "check-crashed",
            "Gaat er in een controle iets mis in de software, dan worden de andere controles toch gedaan en telt dit "
            "als fout.",
            dict(value="action_parties_known", detail="KeyError: 'Wie'"),
        ),
    ],
    "Veel dezelfde meldingen": [
        (
            "more-findings",
            f"Van elk probleem per kolom worden er hooguit {contract.MAX_FINDINGS_PER_CHECK} getoond; de rest wordt "
            "geteld (met de ernst van het probleem).",
            dict(
                sheet=A,
                column=contract.COL_WHO,
                where=f", kolom '{contract.COL_WHO}'",
                count="1.234",
                first="Acties!D101",
            ),
        ),
    ],
}


def render_checks() -> str:
    lines = [BEGIN, ""]
    for title, checks in CHECKS.items():
        lines += [
            f"### {title}",
            "",
            "| Code | Ernst | Wat wordt gecontroleerd | Voorbeeld van de melding |",
            "| --- | --- | --- | --- |",
        ]
        for code, what, arguments in checks:
            finding = messages.make(code, **arguments)
            example = (
                f"{finding.location}: {finding.message}"
                if finding.sheet and not finding.message.startswith(finding.location)
                else finding.message
            )
            lines.append(f"| `{code}` | {finding.severity} | {what} | {example.replace('|', '/')} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def _current_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(re.escape(BEGIN) + r".*?" + re.escape(END), text, re.DOTALL)
    assert match, f"{DOC} misses the generated section between {BEGIN} and {END}"
    return match.group(0)


def test_every_code_is_documented_once():
    documented = [code for checks in CHECKS.values() for code, _, _ in checks]
    assert sorted(documented) == sorted(messages.MESSAGES)


def test_doc_shows_the_current_messages():
    assert _current_section() == render_checks(), (
        "docs/validatie.md is out of date: run python -m tests.test_validatie_doc"
    )


def test_doc_mentions_every_code():
    text = DOC.read_text(encoding="utf-8")
    assert all(f"`{code}`" in text for code in messages.MESSAGES)


def test_doc_names_the_limits():
    """Each limit has its own row in the table 'Grenzen', with the value the code uses."""
    rows = {
        line.split("|")[1].strip(): line.split("|")[2].strip()
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and line.count("|") == 3
    }
    assert rows["Grootte van het bestand"] == f"hooguit {contract.MAX_FILE_BYTES // 2**20} MB"
    assert (
        rows['Uitgepakte grootte (bescherming tegen een "zip-bom")']
        == f"hooguit {contract.MAX_UNCOMPRESSED_BYTES // 2**20} MB"
    )
    assert rows["Rijen per blad"] == f"hooguit {nl.number(contract.MAX_ROWS_PER_SHEET)}; de rest wordt niet gelezen"
    assert rows["Rijen waarin de kopregel gezocht wordt"] == f"de eerste {contract.MAX_HEADER_SEARCH_ROWS}"
    assert rows["Meldingen van hetzelfde probleem per kolom"].startswith(f"hooguit {contract.MAX_FINDINGS_PER_CHECK};")
    assert rows["Jaartallen"] == f"van {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}"
    assert rows["Nieuwste ronde ouder dan"].startswith(f"ongeveer {round(contract.STALE_AFTER_DAYS / 30.44)} maanden")
    assert rows["Onderdelen samen boven hun geheel"].startswith(
        f"hooguit {nl.euro_mln(contract.BUDGET_TOLERANCE_MLN)} "
    )


if __name__ == "__main__":
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(text.replace(_current_section(), render_checks()), encoding="utf-8")
    print(f"{DOC} bijgewerkt")
