"""The answer files of a reporting round (``collect``): an answer with a fout is not taken in."""

from __future__ import annotations

from ..findings import ERROR, WARNING
from .base import finding, section

F = "'verzoek voorjaar 2026 - OCW.xlsx'"  # an answer file, as collect names it

CODES = section(
    "Antwoorden van een rapportageronde (collect; fout: niet overgenomen)",
    finding(
        "answer-not-a-request",
        ERROR,
        "'{value}' is geen ingevuld verzoek van de Werkagenda: het verborgen blad '{sheet}' en de kenmerken van een "
        "verzoek ontbreken. Neem alleen het bestand in dat de partij als verzoek kreeg en ingevuld terugstuurde.",
        description="Het bestand is een verzoek van de Werkagenda (afsluitcode 2).",
        example=dict(value="notulen.xlsx", sheet="Verzoek"),
    ),
    finding(
        "answer-missing-sheet",
        ERROR,
        "In '{value}' ontbreekt het blad '{sheet}'. Vraag de partij het verzoek in te vullen zoals het verstuurd is, "
        "zonder bladen te verwijderen of te hernoemen.",
        description="Het verzoek heeft zijn blad Acties nog (afsluitcode 2).",
        example=dict(value="antwoord.xlsx", sheet="Acties"),
    ),
    finding(
        "answer-missing-column",
        ERROR,
        "In '{value}' ontbreekt op het blad '{sheet}' de kolom '{column}'. Vraag de partij het verzoek in te vullen "
        "zoals het verstuurd is, zonder kolommen te verwijderen of te hernoemen.",
        description="Het blad Acties heeft zijn antwoordkolommen nog (afsluitcode 2).",
        example=dict(value="antwoord.xlsx", sheet="Acties", column="Status voorjaar 2026"),
    ),
    finding(
        "answer-identification-mismatch",
        ERROR,
        "'{value}': de kenmerken van het bestand ({key}: '{props}') verschillen van die op het verborgen blad "
        "('{sheet_value}'). Misschien zijn twee verzoeken door elkaar gebruikt; er is niets overgenomen. Vraag de "
        "partij het eigen verzoek in te vullen.",
        description="De kenmerken van het bestand en het verborgen blad noemen dezelfde partij en ronde.",
        example=dict(value="antwoord.xlsx", key="Partij", props="OCW", sheet_value="JOB"),
    ),
    finding(
        "answer-fingerprints-altered",
        ERROR,
        "'{value}': het verborgen blad '{sheet}' van het verzoek is veranderd; er is niets overgenomen. Vraag de "
        "partij het oorspronkelijke verzoek in te vullen.",
        description="Het verborgen blad met vingerafdrukken is niet veranderd.",
        example=dict(value="antwoord.xlsx", sheet="Verzoek"),
    ),
    finding(
        "answer-identification-sheet-missing",
        WARNING,
        "'{value}': het verborgen blad '{sheet}' ontbreekt; het verzoek is herkend aan de kenmerken van het bestand. "
        "De vaste velden zijn daarom met het werkboek vergeleken in plaats van met het verzoek.",
        description="Het verborgen blad Verzoek is er nog (anders: vergelijking met het werkboek).",
        example=dict(value="antwoord.xlsx", sheet="Verzoek"),
    ),
    finding(
        "answer-duplicate-action",
        ERROR,
        "{where}: actie {value} staat ook op rij {other}; deze rij is niet overgenomen. Verwijder de dubbele rij.",
        description="Geen actie staat twee keer in het antwoord.",
        example=dict(where=f"{F}, Acties!A5", value="1.1-02", other=3),
    ),
    finding(
        "answer-not-requested",
        ERROR,
        "{where}: actie {value} hoort niet bij het verzoek aan {party}; het antwoord is niet overgenomen. Vraag het "
        "antwoord aan de partij die over deze actie rapporteert, of vul het zelf in.",
        description="De actie hoort bij het verzoek aan deze partij.",
        example=dict(where=f"{F}, Acties!J4 (kolom 'Voortgang voorjaar 2026')", value="2.1-01", party="OCW"),
    ),
    finding(
        "answer-unknown-action",
        ERROR,
        "{where}: actie {value} staat niet (meer) in het werkboek; het antwoord is niet overgenomen. Controleer het "
        "Actie-ID.",
        description="De actie staat nog in het werkboek.",
        example=dict(where=f"{F}, Acties!J4 (kolom 'Voortgang voorjaar 2026')", value="2.1-09"),
    ),
    finding(
        "answer-round-not-open",
        ERROR,
        "{where}: dit antwoord is voor ronde '{round}', maar de open ronde is '{open}'; het is niet overgenomen. "
        "Stuur de partij het verzoek voor '{open}'.",
        description="Het antwoord is voor de open ronde, en die is nog niet vastgesteld.",
        example=dict(
            where=f"{F}, Acties!J2 (kolom 'Voortgang najaar 2025')",
            value="1.1-01",
            round="najaar 2025",
            open="voorjaar 2026",
        ),
    ),
    finding(
        "answer-read-only-changed",
        ERROR,
        "{where}: in het antwoord is '{column}' van actie {value} veranderd (was: '{old}'; nu: '{new}'). Het antwoord "
        "voor deze actie is niet overgenomen. Beslis zelf of het werkboek moet veranderen, en neem het antwoord dan "
        "met de hand over of vraag een nieuw.",
        description="In het antwoord zijn de vaste velden (alles behalve de gele cellen) niet veranderd.",
        example=dict(
            where=f"{F}, Acties!C3 (kolom 'Wat')",
            value="1.1-02",
            column="Wat",
            old="Een wetsvoorstel.",
            new="Een wetsvoorstel, aangenomen.",
        ),
    ),
    finding(
        "answer-workbook-changed",
        WARNING,
        "{where}: actie {value} is in het werkboek veranderd sinds het verzoek is verstuurd ({columns}). Het antwoord "
        "is wel overgenomen, want de partij heeft de vaste velden niet veranderd; kijk of het nog past.",
        description="De actie is in het werkboek niet veranderd sinds het verzoek (anders: "
        "waarschuwing, het antwoord wordt wel overgenomen).",
        example=dict(where=f"{F}, Acties!A3 (kolom 'Actie-ID')", value="1.1-02", columns="Wie"),
    ),
    finding(
        "answer-conflict",
        ERROR,
        "{where}: '{other_file}' ({other_cell}) geeft voor actie {value} een andere {what}: '{text}' tegenover "
        "'{other_text}'. Geen van beide antwoorden voor deze actie is overgenomen; beslis welke klopt en vul die zelf "
        "in.",
        description="Twee antwoorden geven voor één actie dezelfde tekst en status.",
        example=dict(
            where=f"{F}, Acties!K3 (kolom 'Status voorjaar 2026')",
            value="1.1-02",
            other_file="verzoek voorjaar 2026 - OCW (2).xlsx",
            other_cell="Acties!K3",
            what="status",
            text="Loopt",
            other_text="Afgerond",
        ),
    ),
)
