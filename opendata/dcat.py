"""The package described for data.overheid.nl: DCAT-AP-NL 3.0 (Geonovum's profile of DCAT-AP 3.0) in JSON-LD.

One ``dcat:Dataset`` with what data.overheid.nl asks of a dataset - title, description, identifier, publisher,
contact point, licence, theme, language, modified, access rights, keywords, version - and one
``dcat:Distribution`` per file (format and media type from the EU and IANA vocabularies, size, checksum). The
file addresses are the file names: relative to where the package is placed, so whoever publishes it puts the
folder online as it is (see docs/werkboek.md). Built from the same data as the package, so it is as
deterministic as the package itself.

Vocabularies used:

* theme: the data.overheid.nl taxonomy (OWMS) ``Beroepsonderwijs (thema)`` under ``Onderwijs en wetenschap``,
  and the EU data theme ``EDUC``;
* licence: CC0 1.0 as data.overheid.nl lists it; language and access rights: the EU authority tables;
* format: the EU file types (``CSV``, ``JSON``, ``JSON_LD``), media type: IANA.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from domain.model import Overview
from views.programme import CONTACT_URL, PUBLISHER_NAME, PUBLISHER_URI

from .package import DESCRIPTOR, Release, description, json_bytes, keywords

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
THEMES = (
    "http://standaarden.overheid.nl/owms/terms/Beroepsonderwijs_(thema)",
    "http://publications.europa.eu/resource/authority/data-theme/EDUC",
)
LICENSE_URI = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl"
LANGUAGE_URI = "http://publications.europa.eu/resource/authority/language/NLD"
PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"
_FORMATS = {
    ".csv": ("CSV", "text/csv"),
    ".json": ("JSON", "application/json"),
    ".jsonld": ("JSON_LD", "application/ld+json"),
}


def _text(value: str) -> dict[str, str]:
    return {"@language": "nl", "@value": value}


def _distribution(name: str, content: bytes, release: Release) -> dict[str, Any]:
    suffix = name[name.rfind(".") :]
    file_type, media_type = _FORMATS[suffix]
    title = "Beschrijving van het gegevenspakket (Frictionless Data Package)" if name == DESCRIPTOR else name
    return {
        "@id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{release.digest}/{release.round_name}/{name}')}",
        "@type": "dcat:Distribution",
        "dct:title": _text(title),
        "dcat:accessURL": {"@id": name},
        "dcat:downloadURL": {"@id": name},
        "dct:format": {"@id": f"{FILE_TYPE}{file_type}"},
        "dcat:mediaType": {"@id": f"{MEDIA_TYPE}{media_type}"},
        "dct:license": {"@id": LICENSE_URI},
        "dcat:byteSize": {"@type": "xsd:nonNegativeInteger", "@value": str(len(content))},
        "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"},
            "spdx:checksumValue": hashlib.sha256(content).hexdigest(),
        },
    }


def dataset(overview: Overview, release: Release, files: dict[str, bytes]) -> dict[str, Any]:
    """The DCAT-AP-NL description of the package whose ``files`` are given (the descriptor among them)."""
    info = overview.round(release.round_name)
    modified = release.version_date.date() if release.version_date else (info.closed or info.date if info else None)
    identifier = f"{release.programme} actieoverzicht {release.round_name} {release.version_label}"
    found: dict[str, Any] = {
        "@context": CONTEXT,
        "@id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{release.digest}/{release.round_name}')}",
        "@type": "dcat:Dataset",
        "dct:identifier": identifier,
        "dct:title": _text(f"Actie-overzicht {release.programme}, ronde {release.round_name}"),
        "dct:description": _text(description(release)),
        "dct:publisher": {"@id": PUBLISHER_URI, "@type": "foaf:Agent", "foaf:name": PUBLISHER_NAME},
        "dcat:contactPoint": {
            "@type": "vcard:Organization",
            "vcard:fn": PUBLISHER_NAME,
            "vcard:hasURL": {"@id": CONTACT_URL},
        },
        "dct:license": {"@id": LICENSE_URI},
        "dct:accessRights": {"@id": PUBLIC},
        "dcat:theme": [{"@id": theme} for theme in THEMES],
        "dct:language": {"@id": LANGUAGE_URI},
        "dcat:keyword": [_text(word) for word in keywords(release)],
        "dcat:version": release.version_label,
        "dcat:distribution": [_distribution(name, content, release) for name, content in sorted(files.items())],
    }
    if modified is not None:
        found["dct:modified"] = {"@type": "xsd:date", "@value": modified.isoformat()}
    if info is not None and info.date is not None:
        found["dct:temporal"] = {
            "@type": "dct:PeriodOfTime",
            "dcat:endDate": {"@type": "xsd:date", "@value": info.date.isoformat()},
        }
    return found


def dcat_bytes(overview: Overview, release: Release, files: dict[str, bytes]) -> bytes:
    return json_bytes(dataset(overview, release, files))
