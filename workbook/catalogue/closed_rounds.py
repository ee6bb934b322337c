"""A closed (published) round and the optional reporter of an action."""

from __future__ import annotations

from .. import contract
from ..findings import ERROR
from .base import finding, section

A = contract.SHEET_ACTIONS

CODES = section(
    "Vastgestelde rondes en de rapporteur",
    finding(
        "unknown-reporter",
        ERROR,
        "{where}: '{value}' staat niet als partij in het blad '{parties_sheet}'.{suggestion} Vul de korte naam van "
        "een partij in, of laat de cel leeg (dan rapporteert de partij met '(primair)', anders de eerste partij in "
        "Wie).",
        description="Een ingevulde Rapporteur (optionele kolom van Acties) is een partij of alias uit Partijen.",
        example=dict(
            sheet=A,
            row=4,
            column=contract.COL_REPORTER,
            cell="N4",
            value="MBO-raad",
            suggestion=" Bedoelde u 'MBO Raad'?",
            parties_sheet=contract.SHEET_PARTIES,
        ),
    ),
    finding(
        "closed-round-changed",
        ERROR,
        "{where}: de teksten of statussen van ronde '{value}' zijn veranderd sinds de ronde op {closed} is "
        "vastgesteld. Zet de gepubliceerde teksten terug (de vergelijking met de vorige versie noemt elke veranderde "
        "cel), of heropen de ronde bewust door '{closed_column}' en '{fingerprint_column}' van deze ronde leeg te "
        "maken.",
        description="De teksten en statussen van een vastgestelde ronde zijn niet veranderd sinds de vaststelling.",
        example=dict(
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
    finding(
        "closed-round-fingerprint-missing",
        ERROR,
        "{where}: ronde '{value}' is vastgesteld, maar er staat geen geldige vingerafdruk in '{fingerprint_column}'. "
        "Stel de ronde opnieuw vast (python -m workbook close-round of de pagina Rapportageronde), of maak "
        "'{closed_column}' leeg.",
        description="Een vastgestelde ronde heeft een vingerafdruk.",
        example=dict(
            sheet=contract.SHEET_ROUNDS,
            row=3,
            column=contract.COL_FINGERPRINT,
            cell="E3",
            value="najaar 2025",
            closed_column=contract.COL_CLOSED,
            fingerprint_column=contract.COL_FINGERPRINT,
        ),
    ),
)
