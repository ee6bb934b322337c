"""The Dutch messages about the answers of a reporting round (``collect``), part of :data:`workbook.messages.MESSAGES`.

Kept apart so that messages.py stays readable; the same rules apply: one template per code that says what is
wrong and how to fix it, naming the file and, where there is one, the sheet and cell.
"""

from __future__ import annotations

from .findings import ERROR, WARNING

#: code -> (severity, template)
ANSWER_MESSAGES: dict[str, tuple[str, str]] = {
    "answer-not-a-request": (
        ERROR,
        "'{value}' is geen ingevuld verzoek van de Werkagenda: het verborgen blad '{sheet}' en de kenmerken van een "
        "verzoek ontbreken. Neem alleen het bestand in dat de partij als verzoek kreeg en ingevuld terugstuurde.",
    ),
    "answer-missing-sheet": (
        ERROR,
        "In '{value}' ontbreekt het blad '{sheet}'. Vraag de partij het verzoek in te vullen zoals het verstuurd is, "
        "zonder bladen te verwijderen of te hernoemen.",
    ),
    "answer-missing-column": (
        ERROR,
        "In '{value}' ontbreekt op het blad '{sheet}' de kolom '{column}'. Vraag de partij het verzoek in te vullen "
        "zoals het verstuurd is, zonder kolommen te verwijderen of te hernoemen.",
    ),
    "answer-identification-mismatch": (
        ERROR,
        "'{value}': de kenmerken van het bestand ({key}: '{props}') verschillen van die op het verborgen blad "
        "('{sheet_value}'). Misschien zijn twee verzoeken door elkaar gebruikt; er is niets overgenomen. Vraag de "
        "partij het eigen verzoek in te vullen.",
    ),
    "answer-fingerprints-altered": (
        ERROR,
        "'{value}': het verborgen blad '{sheet}' van het verzoek is veranderd; er is niets overgenomen. Vraag de "
        "partij het oorspronkelijke verzoek in te vullen.",
    ),
    "answer-identification-sheet-missing": (
        WARNING,
        "'{value}': het verborgen blad '{sheet}' ontbreekt; het verzoek is herkend aan de kenmerken van het bestand. "
        "De vaste velden zijn daarom met het werkboek vergeleken in plaats van met het verzoek.",
    ),
    "answer-duplicate-action": (
        ERROR,
        "{where}: actie {value} staat ook op rij {other}; deze rij is niet overgenomen. Verwijder de dubbele rij.",
    ),
    "answer-not-requested": (
        ERROR,
        "{where}: actie {value} hoort niet bij het verzoek aan {party}; het antwoord is niet overgenomen. Vraag het "
        "antwoord aan de partij die over deze actie rapporteert, of vul het zelf in.",
    ),
    "answer-unknown-action": (
        ERROR,
        "{where}: actie {value} staat niet (meer) in het werkboek; het antwoord is niet overgenomen. Controleer het "
        "Actie-ID.",
    ),
    "answer-round-not-open": (
        ERROR,
        "{where}: dit antwoord is voor ronde '{round}', maar de open ronde is '{open}'; het is niet overgenomen. "
        "Stuur de partij het verzoek voor '{open}'.",
    ),
    "answer-read-only-changed": (
        ERROR,
        "{where}: in het antwoord is '{column}' van actie {value} veranderd (was: '{old}'; nu: '{new}'). Het antwoord "
        "voor deze actie is niet overgenomen. Beslis zelf of het werkboek moet veranderen, en neem het antwoord dan "
        "met de hand over of vraag een nieuw.",
    ),
    "answer-workbook-changed": (
        WARNING,
        "{where}: actie {value} is in het werkboek veranderd sinds het verzoek is verstuurd ({columns}). Het antwoord "
        "is wel overgenomen, want de partij heeft de vaste velden niet veranderd; kijk of het nog past.",
    ),
    "answer-conflict": (
        ERROR,
        "{where}: '{other_file}' ({other_cell}) geeft voor actie {value} een andere {what}: '{text}' tegenover "
        "'{other_text}'. Geen van beide antwoorden voor deze actie is overgenomen; beslis welke klopt en vul die zelf "
        "in.",
    ),
}
