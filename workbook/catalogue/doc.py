"""docs/validatie.md, written from the catalogue: the page a policy officer reads to understand a message.

The prose is here, the tables come from the data: the limits from :mod:`workbook.contract`, the example output
and every code's row from the catalogue (each example message made by :func:`workbook.messages.make`, as the
checks make them). ``python -m workbook.catalogue > docs/validatie.md`` writes it; tests/test_catalogue.py
checks that the file is this text.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import contract, messages, nl
from ..findings import Report
from . import ENTRIES
from .base import FINDING, REFUSAL, CodeInfo

COMMAND = "python -m workbook.catalogue > docs/validatie.md"
HEAD = (
    f"<!-- Gemaakt met `{COMMAND}` uit de catalogus in workbook/catalogue/; niet met de hand "
    "bewerken (een test vergelijkt dit bestand met de catalogus). -->"
)

INTRO = """# Controle van het werkboek

Het actieoverzicht (`workbook/actieoverzicht.xlsx`) wordt bijgehouden in Excel of LibreOffice.
Voordat het dashboard het gebruikt, wordt het gecontroleerd. Elke melding zegt **waar** het
probleem zit (blad, cel of rij, zoals u die in Excel ziet), **wat** er mis is en **hoe** u het
oplost.

## Zo controleert u het werkboek

```bash
python -m workbook validate workbook/actieoverzicht.xlsx
```

U krijgt één regel per melding: ernst, plaats en uitleg, en onderaan een samenvatting:"""

OPTIONS = """| Optie | Wat het doet |
| --- | --- |
| `--json` | Het rapport als JSON (`geldig`, `leesbaar`, `aantallen`, `bevindingen`). |
| `--annotate gecontroleerd.xlsx` | Schrijft een **kopie** van het werkboek: elke cel met een fout is rood, met een \
waarschuwing oranje, en heeft een opmerking met de melding. Het eerste blad `Controle` somt alle meldingen op, met \
een link naar de cel. Uw eigen bestand blijft ongewijzigd. |

Afsluitcodes (voor scripts en CI):

| Code | Betekenis |
| --- | --- |
| 0 | Geen fouten (waarschuwingen mogen). |
| 1 | Ten minste één fout: het werkboek kan zo niet gebruikt worden. |
| 2 | Het bestand is geen leesbaar werkboek (ontbreekt, is geen .xlsx, is beschadigd of beveiligd). |

## Fout of waarschuwing

- **fout**: blokkeert. Het dashboard kan de gegevens niet betrouwbaar tonen.
- **waarschuwing**: blokkeert niet, maar verdient aandacht (bijvoorbeeld een eindjaar dat voorbij is
  terwijl de actie nog loopt).

## Wat mag wel

De controle is soepel waar u dat verwacht:

- extra kolommen (bijvoorbeeld een eigen kolom `Opmerking`);
- bladnamen en kolomnamen met andere hoofdletters of extra spaties (`acties `, ` wie`);
- de kopregel op een van de eerste rijen (wel een waarschuwing) en lege rijen onderaan;
- een jaartal of getal dat als tekst is opgeslagen (`'2024`), een bedrag als `12,5` of `€ 12,5`;
- een datum als tekst in de vorm `1-7-2024`;
- een status of soort met andere hoofdletters (`loopt` wordt `Loopt`);
- een doelstelling die Excel als getal opsloeg (`1.1`);
- partijnamen in `Wie` met andere hoofdletters, of via een alias uit het blad Partijen;
- `Idem`, `idem.` of `Idem.` als voortgangstekst;
- een datum in de kolom `Datum` van het blad Bronnen die Excel als datum opsloeg (`15-7-2022` wordt
  "15 juli 2022"; tekst als "najaar 2025" blijft zoals getypt);
- een werkboek dat in LibreOffice is opgeslagen.

De controle is streng waar raden een fout zou verbergen: `2024/2025` in een jaarcel, `12 mln` in
een bedragcel, `juli` in een datumcel of een onbekende partij worden nooit stilzwijgend
"verbeterd", maar gemeld.

De bladen `Indicatoren`, `Metingen` en `Bronnen` en de kolommen `Overlapt met` en `Precisie` in Budget
(en `Kenmerk` en `Adres` in Bronnen) mogen ontbreken. Staan ze in het werkboek, dan worden ze gecontroleerd
zoals de andere bladen en kolommen.

Een nieuwe ronde toevoegen vraagt geen aanpassing van de software: zet de ronde in het blad
`Rondes` en voeg in `Acties` de kolommen `Voortgang <ronde>` en `Status <ronde>` toe."""

ORDER = """## Volgorde en rijnummers

Eerst komen de meldingen over het bestand en de opbouw (ontbrekende bladen en kolommen, de
kopregel, rondekolommen), daarna de cellen: per blad, van boven naar beneden en van links naar
rechts. Rijnummers zijn de rijnummers die u links in Excel ziet, ook als de kopregel lager staat
of er lege rijen tussen zitten. Een cel krijgt één melding voor haar eigen fout: een verkeerd
geschreven doelstelling (`1.10`) wordt niet ook nog als "onbekende doelstelling" gemeld."""

#: kind -> (heading, the sentence under it, the header of the description column)
PARTS = {
    FINDING: (
        "Alle controles",
        f"Deze lijst wordt gemaakt uit de catalogus van meldingen in de software (`{COMMAND}`);\n"
        "een test bewaakt dat hij klopt.",
        "Wat wordt gecontroleerd",
    ),
    REFUSAL: (
        "Alle weigeringen",
        "Een stap die niet kan (een ronde openen, antwoorden verzamelen, publiceren...), wordt geweigerd met een\n"
        "vaste code en één melding; er wordt dan niets geschreven. Ook deze lijst komt uit de catalogus.",
        "Wanneer geweigerd",
    ),
}

DEVELOPERS = (
    """## Voor ontwikkelaars

```python
from schemas import validate_workbook, validate_data
from workbook.annotate import annotate

data, report = validate_workbook(pad_of_bytes, name="upload.xlsx")  # gooit nooit bij een slecht bestand
report.valid, report.counts, report.flatten()  # [(ernst, blad, rij, kolom, code), ...]
report.as_text(), report.as_json(), report.as_records()
annotate(pad_of_bytes, report, uitvoer_pad_of_buffer)
```

- Per blad één pandera-model in `schemas/sheets.py`; regels tussen bladen in `schemas/rules/`;
  de vertaling van pandera-fouten naar codes in `schemas/failures.py`.
- Elke code staat één keer in de catalogus `workbook/catalogue/` (een module per onderwerp): ernst,
  Nederlandse melding, wat er gecontroleerd wordt en de gegevens van het voorbeeld. `workbook/messages.py`
  maakt er de meldingen mee; `"""
    + COMMAND
    + """` maakt deze pagina opnieuw."""
)


def example_output() -> str:
    """What ``python -m workbook validate`` prints for a workbook with one fout and one waarschuwing."""
    actions = contract.SHEET_ACTIONS
    report = Report(
        [
            messages.make(
                "unknown-party",
                sheet=actions,
                row=14,
                column=contract.COL_WHO,
                cell="D14",
                value="MBO-raad",
                suggestion=" Bedoelde u 'MBO Raad'?",
                parties_sheet=contract.SHEET_PARTIES,
            ),
            messages.make(
                "empty-latest-progress",
                sheet=actions,
                row=20,
                column="Voortgang najaar 2025",
                cell="J20",
                round="najaar 2025",
            ),
        ]
    )
    return f"```\n{report.as_text()}\n```"


def limits() -> str:
    """The table of limits, with the values the code uses."""
    rows = [
        ("Grootte van het bestand", f"hooguit {contract.MAX_FILE_BYTES // 2**20} MB"),
        (
            'Uitgepakte grootte (bescherming tegen een "zip-bom")',
            f"hooguit {contract.MAX_UNCOMPRESSED_BYTES // 2**20} MB",
        ),
        ("Rijen per blad", f"hooguit {nl.number(contract.MAX_ROWS_PER_SHEET)}; de rest wordt niet gelezen"),
        ("Rijen waarin de kopregel gezocht wordt", f"de eerste {contract.MAX_HEADER_SEARCH_ROWS}"),
        (
            "Meldingen van hetzelfde probleem per kolom",
            f"hooguit {contract.MAX_FINDINGS_PER_CHECK}; de rest wordt in één melding geteld",
        ),
        ("Jaartallen", f"van {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}"),
        (
            "Nieuwste ronde ouder dan",
            f"ongeveer {round(contract.STALE_AFTER_DAYS / 30.44)} maanden: waarschuwing dat het misschien een oud "
            "bestand is",
        ),
        (
            "Onderdelen samen boven hun geheel",
            f"hooguit {nl.euro_mln(contract.BUDGET_TOLERANCE_MLN)} per jaar telt als afronding (bedragen hebben "
            "hooguit één decimaal; de kleinste echte fout is een regel van 1 mln); meer is een fout",
        ),
    ]
    return "\n".join(["## Grenzen", "", "| Grens | Waarde |", "| --- | --- |", *(f"| {a} | {b} |" for a, b in rows)])


def example(entry: CodeInfo) -> str:
    """The example message of ``entry`` as the user sees it: a finding with its place in front."""
    if entry.kind != FINDING:
        return entry.template.format(**entry.example)
    made = messages.make(entry.code, **entry.example)
    if made.sheet and not made.message.startswith(made.location):
        return f"{made.location}: {made.message}"
    return made.message


def part(kind: str, entries: Iterable[CodeInfo]) -> str:
    """The heading of one kind and a table per section, in the catalogue's order."""
    heading, sentence, described = PARTS[kind]
    sections: dict[str, list[CodeInfo]] = {}
    for entry in entries:
        if entry.kind == kind:
            sections.setdefault(entry.section, []).append(entry)
    lines = [f"## {heading}", "", sentence, ""]
    for title, rows in sections.items():
        lines += [f"### {title}", "", f"| Code | Ernst | {described} | Voorbeeld van de melding |"]
        lines.append("| --- | --- | --- | --- |")
        for entry in rows:
            text = example(entry).replace("|", "/")
            lines.append(f"| `{entry.code}` | {entry.severity} | {entry.description} | {text} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def render(entries: Iterable[CodeInfo] = ENTRIES) -> str:
    """The whole of docs/validatie.md."""
    entries = tuple(entries)
    parts = [part(kind, entries) for kind in PARTS if any(entry.kind == kind for entry in entries)]
    blocks = [HEAD, INTRO, example_output(), OPTIONS, limits(), ORDER, *parts, DEVELOPERS]
    return "\n\n".join(blocks) + "\n"
