"""Toegankelijkheid: the accessibility statement - what is checked, how, what does not work yet, whom to tell.

A Dutch public-sector site publishes one (Besluit digitale toegankelijkheid overheid; WCAG 2.1 AA). The
statement says only what the test suite proves (tests/test_accessibility.py, tests/test_keyboard.py,
tests/test_lang.py, tests/test_numbers.py) and names what Streamlit itself does not do well. It is not a
formal statement with a status A-E: that needs an audit by a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workbook import nl

TITLE = "Toegankelijkheid"
INTRO = "Dit dashboard moet voor iedereen bruikbaar zijn: met het toetsenbord, een schermlezer of vergroot."
#: the day this statement was last checked against the tests and the pages
CHECKED = dt.date(2026, 12, 1)
STANDARD = "WCAG 2.1 op niveau AA"


@dataclass(frozen=True)
class Section:
    """Text the team wrote (Markdown); ``contact`` is the only value from outside, and the page escapes it."""

    heading: str
    lines: tuple[str, ...]  #: paragraphs; a line starting with "- " is an item of a list


@dataclass(frozen=True)
class AccessibilityView:
    sections: tuple[Section, ...]
    contact: str  #: whom to tell, as text
    contact_address: str | None  #: an e-mail address to link, when the setting names one
    checked: str


def view(contact: str | None = None) -> AccessibilityView:
    """The statement; ``contact`` is the setting ``contact`` (an e-mail address or a name), if any."""
    address = contact.strip() if contact and contact.strip() else None
    who = address or "de beheerders van het actieoverzicht bij het ministerie van OCW (directie mbo)"
    return AccessibilityView(
        sections=(
            Section(
                "Waaraan het dashboard voldoet",
                (
                    f"Het dashboard moet voldoen aan de {STANDARD}, zoals de wet voorschrijft voor websites van de "
                    "overheid. Bij elke wijziging controleren automatische tests in een echte browser:",
                    "- elke pagina, ook met filters, met fouten in het werkboek, na een upload en op het "
                    "wachtwoordscherm, met **axe-core** op de WCAG-criteria van niveau A en AA;",
                    "- dat alles met alleen het **toetsenbord** werkt: menu, filters, tabbladen, uitklapvakken, "
                    "knoppen, uploads en downloads, met een zichtbare focus en zonder dat de focus ergens vast komt "
                    "te zitten;",
                    "- dat bij 1280 en 1920 pixels breed geen tekst wordt afgekapt, en dat bij 320 pixels (400 % "
                    "zoom) alleen een grafiek of tabel zijwaarts schuift;",
                    '- dat de pagina als Nederlandstalig is gemarkeerd (`lang="nl"`), zodat een schermlezer de '
                    "tekst goed uitspreekt.",
                ),
            ),
            Section(
                "Wat u kunt verwachten",
                (
                    "- Elke grafiek heeft een titel en een beschrijving. **Onder elke grafiek staan de getallen als "
                    "tabel** (uitklapvak *De cijfers van deze grafiek*).",
                    "- Kleuren staan altijd naast een woord of getal; een status herkent u ook aan het woord.",
                    "- Tekst heeft voldoende contrast met de achtergrond (ten minste 4,5 : 1).",
                    "- Elke tabel kunt u als CSV of Excel downloaden, precies zoals gefilterd.",
                    "- De filters staan in de link in de adresbalk: een weergave kunt u bewaren en delen.",
                    "- De bijlage voor de Kamer is een Word-document met koppen, zodat u er met een schermlezer "
                    "doorheen kunt gaan.",
                ),
            ),
            Section(
                "Wat nog niet goed werkt",
                (
                    "Deze punten zitten in het platform Streamlit waarop het dashboard draait; wij kunnen ze niet zelf "
                    "aanpassen:",
                    "- Boven elke grafiek en tabel staan knoppen (vergroten, downloaden, zoeken) die met de Tab-toets "
                    "bereikbaar zijn, maar pas zichtbaar worden als u er met de muis boven komt.",
                    "- Als u met de Tab-toets op een link in het menu of op een link naar een andere pagina komt, "
                    "krijgt die alleen een lichte achtergrond; dat is moeilijk te zien. Ook het hoofddeel van de "
                    "pagina zelf is een Tab-stop (om te scrollen), zonder zichtbare rand.",
                    "- Enkele knoppen en meldingen van het platform zijn Engelstalig, zoals *Skip to main content* en "
                    "de melding als een bestand te groot is.",
                    "- In een interactieve tabel gaat u met de pijltjestoetsen van cel naar cel; met Tab verlaat u de "
                    "tabel. Dat de tabel de focus heeft, ziet u pas als u een pijltjestoets indrukt: dan krijgt een "
                    "cel een rand.",
                    "- Op een heel smal scherm (320 pixels) schuift de grafiek *Status per ronde* per doelstelling "
                    "zijwaarts; de getallen staan ook in de tabel eronder.",
                ),
            ),
            Section(
                "Hoe deze verklaring tot stand kwam",
                (
                    "Deze verklaring is gebaseerd op de automatische tests hierboven en op eigen controle met het "
                    "toetsenbord en bij vergroting. Een onderzoek door een onafhankelijke deskundige is nog niet "
                    "gedaan; automatische tests vinden niet elk probleem.",
                ),
            ),
        ),
        contact=who,
        contact_address=address if address and "@" in address else None,
        checked=f"Deze verklaring is voor het laatst gecontroleerd op {nl.date(CHECKED)}.",
    )
