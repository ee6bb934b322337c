"""The appendix for the Tweede Kamer as a document: Word (:mod:`.docx`) and PDF through LibreOffice (:mod:`.pdf`).

The data comes from :func:`views.appendix.view` (every text final); this package only lays it out. It
knows nothing of Streamlit or of the workbook file:

* :mod:`.docx` - :func:`write_docx`, the layout of the published actie-overzicht;
* :mod:`.styles` - the page, the styles and the document properties;
* :mod:`.oxml` - the few elements python-docx has no API for, made with its element API;
* :mod:`.text` - workbook text as Word can hold it (plain text, never a field);
* :mod:`.pdf` - :func:`to_pdf` with headless LibreOffice, Dutch messages when it cannot.
"""

from __future__ import annotations

import io

from views.appendix import Appendix

from .docx import write_docx
from .pdf import PdfConversionError, SofficeMissing, pdf_bytes, soffice_available, to_pdf

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_MIME = "application/pdf"


def docx_bytes(appendix: Appendix) -> bytes:
    """The .docx of ``appendix`` as bytes (for a download)."""
    buffer = io.BytesIO()
    write_docx(appendix, buffer)
    return buffer.getvalue()


__all__ = [
    "DOCX_MIME",
    "PDF_MIME",
    "PdfConversionError",
    "SofficeMissing",
    "docx_bytes",
    "pdf_bytes",
    "soffice_available",
    "to_pdf",
    "write_docx",
]
