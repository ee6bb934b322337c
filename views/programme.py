"""The programme the workbook keeps track of: its name, read from one place.

Today the name is a constant; when the workbook names its own programme (another agenda kept the same way),
only :func:`programme_name` changes. The appendix's cover and running header, and the open-data description,
all take the name from here.
"""

from __future__ import annotations

from domain.model import Overview

PROGRAMME_NAME = "Werkagenda mbo 2023-2027"


def programme_name(overview: Overview | None = None) -> str:
    """The programme's name as documents print it: ``Werkagenda mbo 2023-2027``."""
    return PROGRAMME_NAME


#: Who publishes the overview (the programme's owner), as the open-data description names it.
PUBLISHER_NAME = "Ministerie van Onderwijs, Cultuur en Wetenschap"
PUBLISHER_URI = "http://standaarden.overheid.nl/owms/terms/Ministerie_van_Onderwijs,_Cultuur_en_Wetenschap"
CONTACT_URL = "https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap/contact"
