"""Open data: each round of the overview as a Frictionless Data Package (v2) with a DCAT-AP-NL 3.0 description.

* :mod:`.tables` - the tables and their Table Schemas, derived from the pandera model of each sheet;
* :mod:`.package` - :func:`build`: every file as bytes, the same bytes for the same version and round;
* :mod:`.dcat` - the description for data.overheid.nl (JSON-LD);
* :mod:`.files` - the package as a folder or a zip, written safely.

Like :mod:`report`, this package lays out what the layers below computed; it knows nothing of Streamlit.
"""

from __future__ import annotations

from .files import ZIP_MIME, write_folder, zip_bytes
from .package import DESCRIPTOR, Release, build

__all__ = ["DESCRIPTOR", "ZIP_MIME", "Release", "build", "write_folder", "zip_bytes"]
