"""The file as a whole: it cannot be read as a workbook (the command line exits with 2)."""

from __future__ import annotations

from .. import contract
from ..findings import ERROR
from .base import finding, section

CODES = section(
    "Het bestand (het werkboek wordt niet gelezen; afsluitcode 2)",
    finding(
        "file-missing",
        ERROR,
        "Het bestand '{value}' bestaat niet. Controleer de naam en de map.",
        description="Het bestand bestaat.",
        example=dict(value="actieoverzicht.xlsx"),
    ),
    finding(
        "file-empty",
        ERROR,
        "Het bestand '{value}' is leeg (0 bytes). Sla het werkboek opnieuw op vanuit Excel of LibreOffice.",
        description="Het bestand is niet leeg.",
        example=dict(value="actieoverzicht.xlsx"),
    ),
    finding(
        "file-too-large",
        ERROR,
        "Het bestand is {size_mb} MB; de grens is {limit_mb} MB. Verwijder overbodige bladen of afbeeldingen en sla "
        "opnieuw op.",
        description=f"Het bestand is niet groter dan {contract.MAX_FILE_BYTES // 2**20} MB.",
        example=dict(value=0, size_mb="31,4", limit_mb=contract.MAX_FILE_BYTES // 2**20),
    ),
    finding(
        "old-xls",
        ERROR,
        "Dit is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en kies 'Opslaan als' > Excel-werkmap "
        "(.xlsx).",
        description="Het is geen oud .xls-bestand.",
        example=dict(value="actieoverzicht.xls"),
    ),
    finding(
        "encrypted",
        ERROR,
        "Het bestand is met een wachtwoord beveiligd. Haal de beveiliging eraf (Bestand > Info > Werkmap beveiligen) "
        "en sla opnieuw op.",
        description="Het bestand is niet met een wachtwoord beveiligd.",
        example=dict(value="actieoverzicht.xlsx"),
    ),
    finding(
        "csv-not-xlsx",
        ERROR,
        "Dit is een tekstbestand (CSV of iets dergelijks), geen Excel-werkmap. Open het in Excel en sla het op als "
        "Excel-werkmap (.xlsx).",
        description="Het is geen CSV- of tekstbestand met de naam .xlsx.",
        example=dict(value="acties.xlsx"),
    ),
    finding(
        "not-a-workbook",
        ERROR,
        "Dit bestand is geen Excel-werkmap (.xlsx). Lever het werkboek aan als .xlsx, opgeslagen vanuit Excel of "
        "LibreOffice.",
        description="Het is een Excel-werkmap (geen plaatje, webpagina of Word-bestand).",
        example=dict(value="export.xlsx"),
    ),
    finding(
        "corrupt-workbook",
        ERROR,
        "Het werkboek is beschadigd of onvolledig en kan niet worden gelezen ({detail}). Sla het opnieuw op vanuit "
        "Excel of gebruik een eerdere versie.",
        description="Het bestand is volledig en onbeschadigd.",
        example=dict(value="half.xlsx", detail="het zip-bestand is onvolledig"),
    ),
    finding(
        "zip-bomb",
        ERROR,
        "Het werkboek is uitgepakt groter dan {limit_mb} MB en wordt niet gelezen. Verwijder overbodige inhoud en sla "
        "opnieuw op.",
        description=f"Uitgepakt is het werkboek niet groter dan {contract.MAX_UNCOMPRESSED_BYTES // 2**20} MB.",
        example=dict(value="bom.xlsx", limit_mb=contract.MAX_UNCOMPRESSED_BYTES // 2**20),
    ),
)
