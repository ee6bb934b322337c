"""The checker itself: a check that crashed, and many findings of one kind counted in one."""

from __future__ import annotations

from .. import contract
from ..findings import ERROR
from .base import finding, section

A = contract.SHEET_ACTIONS

CODES = section(
    "De controle zelf",
    finding(
        "check-crashed",
        ERROR,
        "De controle '{value}' kon niet worden uitgevoerd door een fout in de software ({detail}). De andere "
        "controles zijn wel gedaan. Meld dit aan de beheerder van het dashboard en stuur het werkboek mee.",
        description="Gaat er in een controle iets mis in de software, dan worden de andere controles toch gedaan "
        "en telt dit als fout.",
        example=dict(value="action_parties_known", detail="KeyError: 'Wie'"),
    ),
) + section(
    "Veel dezelfde meldingen",
    finding(
        "more-findings",
        ERROR,
        "{sheet}{where}: nog {count} keer hetzelfde probleem als bij {first}. Die worden niet apart gemeld; los ze op "
        "zoals bij {first} beschreven.",
        description=f"Van elk probleem per kolom worden er hooguit {contract.MAX_FINDINGS_PER_CHECK} getoond; de rest "
        "wordt geteld (met de ernst van het probleem).",
        example=dict(
            sheet=A,
            column=contract.COL_WHO,
            where=f", kolom '{contract.COL_WHO}'",
            count="1.234",
            first="Acties!D101",
        ),
    ),
)
