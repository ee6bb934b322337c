"""The package on disk or as one download: a folder of files, or a zip whose bytes are as fixed as its files.

The zip holds the files in name order, each with the same fixed date (the version's own date, or 1 January
1980 when it has none) and the same permissions, compressed at a fixed level: the same files give the same zip.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

from workbook.history import atomic_write

ZIP_MIME = "application/zip"
_EPOCH = (1980, 1, 1, 0, 0, 0)


def zip_bytes(files: dict[str, bytes], folder: str, moment: dt.datetime | None = None) -> bytes:
    """The files in one zip, under ``folder/``."""
    stamp = moment.astimezone(dt.UTC).timetuple()[:6] if moment is not None else _EPOCH
    stamp = max(stamp, _EPOCH)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, files[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()


def write_folder(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write every file into ``folder`` (made when missing), each safely: a crash never leaves half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(files):
        atomic_write(folder / name, files[name])
        os.chmod(folder / name, 0o644)  # files to publish: readable by everyone, like any download
        written.append(folder / name)
    return written
