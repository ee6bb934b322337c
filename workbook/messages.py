"""Every finding code with its severity and its one Dutch message template.

Templates may use ``{sheet}``, ``{row}``, ``{column}``, ``{cell}``, ``{value}``
and the extra keyword arguments given to :func:`make`. Each message says what
is wrong *and* how to fix it, in words a policy officer uses in Excel.
"""

from __future__ import annotations

from typing import Any

from . import nl
from .answer_messages import ANSWER_MESSAGES
from .findings import ERROR, WARNING, Finding

#: code -> (severity, template)
MESSAGES: dict[str, tuple[str, str]] = {
    # --- the file as a whole (cannot be read: exit code 2) ---------------------------
    "file-missing": (ERROR, "Het bestand '{value}' bestaat niet. Controleer de naam en de map."),
    "file-empty": (
        ERROR,
        "Het bestand '{value}' is leeg (0 bytes). Sla het werkboek opnieuw op vanuit Excel of LibreOffice.",
    ),
    "file-too-large": (
        ERROR,
        "Het bestand is {size_mb} MB; de grens is {limit_mb} MB. Verwijder overbodige bladen of afbeeldingen en sla "
        "opnieuw op.",
    ),
    "old-xls": (
        ERROR,
        "Dit is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en kies 'Opslaan als' > Excel-werkmap "
        "(.xlsx).",
    ),
    "encrypted": (
        ERROR,
        "Het bestand is met een wachtwoord beveiligd. Haal de beveiliging eraf (Bestand > Info > Werkmap beveiligen) "
        "en sla opnieuw op.",
    ),
    "csv-not-xlsx": (
        ERROR,
        "Dit is een tekstbestand (CSV of iets dergelijks), geen Excel-werkmap. Open het in Excel en sla het op als "
        "Excel-werkmap (.xlsx).",
    ),
    "not-a-workbook": (
        ERROR,
        "Dit bestand is geen Excel-werkmap (.xlsx). Lever het werkboek aan als .xlsx, opgeslagen vanuit Excel of "
        "LibreOffice.",
    ),
    "corrupt-workbook": (
        ERROR,
        "Het werkboek is beschadigd of onvolledig en kan niet worden gelezen ({detail}). Sla het opnieuw op vanuit "
        "Excel of gebruik een eerdere versie.",
    ),
    "zip-bomb": (
        ERROR,
        "Het werkboek is uitgepakt groter dan {limit_mb} MB en wordt niet gelezen. Verwijder overbodige inhoud en sla "
        "opnieuw op.",
    ),
    # --- structure ------------------------------------------------------------------
    "missing-sheet": (
        ERROR,
        "Het blad '{sheet}' ontbreekt. Voeg een blad met precies deze naam toe (zie de sjabloon) of herstel de "
        "bladnaam.",
    ),
    "sheet-renamed": (
        ERROR,
        "Het blad '{sheet}' ontbreekt, maar er is een blad '{found}'. Hernoem dat blad naar '{sheet}'.",
    ),
    "empty-sheet": (ERROR, "Het blad '{sheet}' heeft geen kopregel. Zet de kolomnamen in rij 1 (zie de sjabloon)."),
    "missing-column": (
        ERROR,
        "In blad '{sheet}' ontbreekt de kolom '{column}'. Voeg die kolom toe in de kopregel (rij {row}).",
    ),
    "duplicate-column": (
        ERROR,
        "In blad '{sheet}' staat de kolom '{column}' twee keer in de kopregel (rij {row}). Verwijder of hernoem één "
        "van beide.",
    ),
    "header-not-first-row": (
        WARNING,
        "In blad '{sheet}' staat de kopregel op rij {row} in plaats van rij 1. Dat werkt, maar verwijder bij voorkeur "
        "de lege rijen erboven.",
    ),
    "too-many-rows": (
        ERROR,
        "Het blad '{sheet}' heeft meer dan {limit} rijen; alleen de eerste {limit} zijn gelezen. Verwijder lege of "
        "overbodige rijen onderaan het blad.",
    ),
    "merged-cells": (
        ERROR,
        "In blad '{sheet}' zijn cellen samengevoegd ({value}). Maak het samenvoegen ongedaan (Start > Samenvoegen en "
        "centreren) en vul elke cel zelf.",
    ),
    "hidden-rows": (
        WARNING,
        "In blad '{sheet}' is rij {row} verborgen. Maak de rij zichtbaar (rechtsklik > Zichtbaar maken) zodat niemand "
        "gegevens mist.",
    ),
    "blank-row": (WARNING, "In blad '{sheet}' is rij {row} leeg tussen gevulde rijen. Verwijder de lege rij."),
    "formula-without-value": (
        ERROR,
        "In {where} staat een formule zonder berekende waarde. Open het bestand in Excel of LibreOffice, laat het "
        "herberekenen en sla opnieuw op, of typ de waarde zelf.",
    ),
    "formula-error": (
        ERROR,
        "In {where} geeft de formule een fout ({value}). Herstel de formule of typ de waarde zelf.",
    ),
    # --- cells ------------------------------------------------------------------------
    "required-value": (ERROR, "{where} is leeg, maar moet ingevuld zijn. Vul de cel in."),
    "not-an-integer": (
        ERROR,
        "{where} bevat '{value}', maar hier hoort één heel getal{hint}. Typ bijvoorbeeld {example}.",
    ),
    "not-a-number": (
        ERROR,
        "{where} bevat '{value}', maar hier hoort een getal. Typ bijvoorbeeld 12,5 (zonder € of 'mln').",
    ),
    "not-a-date": (ERROR, "{where} bevat '{value}', maar hier hoort een datum. Typ een datum, bijvoorbeeld 1-7-2024."),
    "not-text": (
        ERROR,
        "{where} bevat '{value}', maar hier hoort tekst{hint}. Zet de cel op opmaak 'Tekst' en typ de waarde opnieuw.",
    ),
    "year-out-of-range": (
        ERROR,
        "{where} bevat het jaar {value}; een jaar moet tussen {min} en {max} liggen. Corrigeer het jaar.",
    ),
    "negative-amount": (ERROR, "{where} bevat {value}; een bedrag mag niet negatief zijn. Corrigeer het bedrag."),
    "invalid-value": (ERROR, "{where} bevat '{value}'. Kies één van: {allowed}."),
    "invalid-pattern": (
        ERROR,
        "{where} bevat '{value}', maar moet de vorm {pattern} hebben, bijvoorbeeld '{example}'.",
    ),
    "duplicate-id": (
        ERROR,
        "{where}: '{value}' komt vaker voor in deze kolom (ook in rij {other_rows}). Geef elke rij een eigen waarde "
        "of verwijder de dubbele rij.",
    ),
    "no-rows": (
        ERROR,
        "Het blad '{sheet}' heeft een kopregel maar geen gegevens eronder. Vul de rijen onder de kopregel in (zie de "
        "sjabloon) of gebruik het volledige werkboek.",
    ),
    "more-findings": (
        ERROR,
        "{sheet}{where}: nog {count} keer hetzelfde probleem als bij {first}. Die worden niet apart gemeld; los ze op "
        "zoals bij {first} beschreven.",
    ),
    "duplicate-row": (ERROR, "{sheet} rij {row} is een kopie van rij {other_rows}. Verwijder de dubbele rij."),
    # --- cross-sheet rules ----------------------------------------------------------------
    "unknown-goal": (
        ERROR,
        "{where}: doelstelling '{value}' staat niet in het blad '{goals_sheet}'. Kies een bestaande doelstelling of "
        "voeg haar daar toe.",
    ),
    "unknown-priority": (
        ERROR,
        "{where}: prioriteit '{value}' staat niet in het blad '{priorities_sheet}'. Kies 1, 2 of 3.",
    ),
    "goal-priority-mismatch": (
        ERROR,
        "{where}: doelstelling {goal} hoort bij prioriteit {expected}, niet bij {value}. Corrigeer de prioriteit.",
    ),
    "unknown-party": (
        ERROR,
        "{where}: de partij '{value}' is onbekend.{suggestion} Gebruik de naam uit het blad '{parties_sheet}', of "
        "voeg de partij (of deze schrijfwijze als alias) daar toe.",
    ),
    "empty-party": (
        ERROR,
        "{where}: er staat een lege partijnaam in '{value}' (twee komma's achter elkaar of een komma aan het eind). "
        "Verwijder de extra komma.",
    ),
    "duplicate-alias": (
        ERROR,
        "{where}: de naam '{value}' hoort ook bij partij '{other}' (rij {other_row}). Een naam of alias mag maar bij "
        "één partij horen.",
    ),
    "round-columns-missing": (
        ERROR,
        "Ronde '{value}' staat in het blad '{rounds_sheet}', maar in het blad '{sheet}' ontbreekt de kolom "
        "'{column}'. Voeg die kolom toe.",
    ),
    "round-not-listed": (
        ERROR,
        "{sheet}: de kolom '{column}' hoort bij ronde '{value}', maar die ronde staat niet in het blad "
        "'{rounds_sheet}'. Voeg de ronde daar toe of hernoem de kolom.",
    ),
    "round-order": (
        WARNING,
        "De kolommen van ronde '{value}' staan niet in dezelfde volgorde als de rondes in het blad '{rounds_sheet}'. "
        "Zet de kolommen in de volgorde van de rondes.",
    ),
    "round-date-order": (
        ERROR,
        "{where}: de datum van ronde '{value}' ligt niet na die van de vorige ronde. Zet de rondes op volgorde van "
        "datum.",
    ),
    "unknown-parent": (
        ERROR,
        "{where}: '{value}' staat niet als Budget-ID in dit blad. Vul een bestaand Budget-ID in of laat de cel leeg.",
    ),
    "parent-not-larger": (
        ERROR,
        "{where}: dit bedrag ({amount}) is een onderdeel van {value} ({parent_amount}), maar is niet kleiner. "
        "Controleer het bedrag of 'Onderdeel van'.",
    ),
    "parent-cycle": (
        ERROR,
        "{where}: 'Onderdeel van' verwijst in een kring terug naar deze regel ({value}). Verbreek de kring.",
    ),
    "parts-exceed-whole": (
        ERROR,
        "{where}: de onderdelen van {value} ({parts}) zijn samen meer dan het geheel ({whole_amount}): {years}. Tot "
        "{tolerance} erboven telt als afronding. Controleer de bedragen en 'Onderdeel van'. Deelt een regel geld met "
        "{value} zonder er een deel van te zijn, laat 'Onderdeel van' dan leeg en zet {value} in 'Overlapt met'.",
    ),
    "unknown-overlap": (
        ERROR,
        "{where}: '{value}' staat niet als Budget-ID in dit blad. Zet in 'Overlapt met' alleen bestaande Budget-ID's, "
        "gescheiden door een puntkomma (bijv. B22; B23), of laat de cel leeg.",
    ),
    "overlap-with-itself": (
        ERROR,
        "{where}: regel {value} kan niet met zichzelf overlappen. Haal {value} uit 'Overlapt met'.",
    ),
    "overlap-in-own-tree": (
        ERROR,
        "{where}: {value} is een geheel of een onderdeel van {line} (via 'Onderdeel van'); dat telt het dashboard al "
        "nooit dubbel. Haal {value} uit 'Overlapt met'.",
    ),
    "measurement-not-a-number": (
        ERROR,
        "{where} bevat '{value}', maar hier hoort alleen een getal, zonder % of woorden (bijv. 61 of 25544). Woorden "
        "zoals de bron ze schrijft ('meer dan de helft') horen in 'Waarde (bron)' of 'Opmerking', 'meer dan' of "
        "'ongeveer' in 'Precisie'.",
    ),
    "measurements-without-indicators": (
        ERROR,
        "Het blad '{sheet}' staat in het werkboek, maar het blad '{indicators_sheet}' ontbreekt. Elke meting hoort "
        "bij een indicator: voeg het blad '{indicators_sheet}' toe (zie de sjabloon) of verwijder het blad '{sheet}'.",
    ),
    "unknown-indicator": (
        ERROR,
        "{where}: indicator '{value}' staat niet in het blad '{indicators_sheet}'. Kies een bestaand Indicator-ID of "
        "voeg de indicator daar toe.",
    ),
    "start-after-end": (
        ERROR,
        "{sheet} rij {row}: '{column}' ({start}) ligt na '{end_column}' ({end}). Corrigeer één van beide.",
    ),
    "unknown-reporter": (
        ERROR,
        "{where}: '{value}' staat niet als partij in het blad '{parties_sheet}'.{suggestion} Vul de korte naam van "
        "een partij in, of laat de cel leeg (dan rapporteert de partij met '(primair)', anders de eerste partij in "
        "Wie).",
    ),
    # --- closed (published) rounds ----------------------------------------------------------------
    "closed-round-changed": (
        ERROR,
        "{where}: de teksten of statussen van ronde '{value}' zijn veranderd sinds de ronde op {closed} is "
        "vastgesteld. Zet de gepubliceerde teksten terug (de vergelijking met de vorige versie noemt elke veranderde "
        "cel), of heropen de ronde bewust door '{closed_column}' en '{fingerprint_column}' van deze ronde leeg te "
        "maken.",
    ),
    "closed-round-fingerprint-missing": (
        ERROR,
        "{where}: ronde '{value}' is vastgesteld, maar er staat geen geldige vingerafdruk in '{fingerprint_column}'. "
        "Stel de ronde opnieuw vast (python -m workbook close-round of de pagina Rapportageronde), of maak "
        "'{closed_column}' leeg.",
    ),
    # --- answers of a reporting round (collect): workbook/answer_messages.py ------------------------
    **ANSWER_MESSAGES,
    # --- the checker itself ----------------------------------------------------------------
    "check-crashed": (
        ERROR,
        "De controle '{value}' kon niet worden uitgevoerd door een fout in de software ({detail}). De andere "
        "controles zijn wel gedaan. Meld dit aan de beheerder van het dashboard en stuur het werkboek mee.",
    ),
    # --- warnings (do not block) -----------------------------------------------------------
    "past-end-year": (
        WARNING,
        "{where}: het eindjaar {value} is voorbij, maar de laatste status is '{status}'. Werk de status bij of pas "
        "het eindjaar aan.",
    ),
    "empty-latest-progress": (
        WARNING,
        "{where}: er is geen voortgangstekst voor de laatste ronde '{round}'. Vul de voortgang in.",
    ),
    "empty-latest-status": (
        WARNING,
        "{where}: er is geen status voor de laatste ronde '{round}'. Kies één van: {allowed}.",
    ),
    "old-workbook": (
        WARNING,
        "{where}: de nieuwste ronde '{round}' is van {value}, meer dan {months} maanden geleden. Is dit de nieuwste "
        "versie van het werkboek? Gebruik het actuele bestand of voeg de nieuwe ronde toe.",
    ),
    "parts-exceed-lower-bound": (
        WARNING,
        "{where}: de onderdelen van {value} ({parts}) zijn samen meer dan het geheel ({precision} {whole_amount}): "
        "{years}. Het geheel is een ondergrens ('{precision}'), dus dat kan kloppen. Controleer de bedragen en "
        "'Onderdeel van'.",
    ),
    "part-other-kind": (
        WARNING,
        "{where}: {part} ({kind}) is onderdeel van {value} ({whole_kind}): andere soort, niet opgeteld. Dat kan "
        "kloppen (een bedrag per jaar binnen een totaal over de looptijd, of omgekeerd); is het toch dezelfde soort, "
        "pas dan 'Soort' aan.",
    ),
    "part-outside-whole-years": (
        WARNING,
        "{where}: het jaar {value} ligt buiten de jaren van het geheel {whole} ({first} tot en met {last}); in die "
        "jaren telt het dashboard dit onderdeel niet mee. Pas het jaar aan of controleer 'Onderdeel van'.",
    ),
    "unknown-source": (
        WARNING,
        "{where}: het bestand '{value}' staat niet in het blad '{sources_sheet}', dus lezers zien de bestandsnaam "
        "in plaats van de titel. Voeg in '{sources_sheet}' een rij toe met precies deze naam in de kolom 'Bron' en de "
        "titel en datum van het document, of verbeter de bestandsnaam.",
    ),
    "idem-status-changed": (
        WARNING,
        "{where}: de voortgang is 'Idem.' (niets veranderd), maar de status is '{value}' in plaats van '{previous}' "
        "zoals in de vorige ronde. Controleer de status.",
    ),
}


def _where(sheet: str, cell: str, column: str | None) -> str:
    """``Acties!D14 (kolom 'Wie')``: sheet, cell and the column's header, as a person looks for it."""
    where = f"{sheet}!{cell}" if sheet else cell
    return f"{where} (kolom '{column}')" if column else where


def make(
    code: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    cell: str | None = None,
    value: Any = None,
    severity: str | None = None,
    **params: Any,
) -> Finding:
    """Build a Finding for ``code`` with its Dutch message filled in."""
    default_severity, template = MESSAGES[code]
    fields = {
        "sheet": sheet or "",
        "row": row if row is not None else "",
        "column": column or "",
        "cell": cell or (f"rij {row}" if row is not None else ""),
        "value": "" if value is None else _display(value),
        **params,
    }
    fields.setdefault("where", _where(fields["sheet"], fields["cell"], column))
    return Finding(
        code=code,
        severity=severity or default_severity,
        message=template.format(**fields),
        sheet=sheet,
        row=row,
        column=column,
        cell=cell,
        value=value,
    )


def _display(value: Any) -> str:
    text = nl.typed(value)
    return text if len(text) <= 80 else text[:77] + "..."
