"""The few things python-docx 1.2 has no API for, made with its own ``OxmlElement``/``qn`` element API.

Each element is inserted where the WordprocessingML schema wants it (``insert_element_before`` with the
successors python-docx itself declares), so Word's strict element order holds; there are no XML strings.

| need | element |
|---|---|
| header row repeats on every page (and is marked as the table's header) | ``w:trPr/w:tblHeader`` |
| a row does not split across pages | ``w:trPr/w:cantSplit`` |
| table title and description (alt text) | ``w:tblCaption``, ``w:tblDescription`` |
| header row shading (decoration only: the header is also bold and marked) | ``w:tcPr/w:shd`` |
| page numbers, the table of contents | complex fields ``PAGE``, ``NUMPAGES``, ``TOC`` |
| links from the contents list to the headings | ``w:bookmarkStart/End``, ``w:hyperlink w:anchor`` |
| document language | ``w:lang`` in the run defaults, ``w:themeFontLang`` |
| Word refreshes the fields on open | ``w:settings/w:updateFields`` |
| a plain title (no coloured rule below it, no letter spacing) | remove ``w:pBdr``, ``w:spacing`` from a style |
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import CharacterStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .text import clean_text

_TRPR_AFTER_CANTSPLIT = (
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
)
_TRPR_AFTER_TBLHEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
_TCPR_AFTER_SHD = (
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_SETTINGS_AFTER_UPDATEFIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _on_off(tag: str) -> BaseOxmlElement:
    """Return a new on/off element ``tag`` with w:val='true'."""
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    return el


def mark_row(row_tr: CT_Row, header: bool) -> None:
    """OxmlElement: set w:cantSplit (row may not break across pages) and, for the header row, w:tblHeader.

    python-docx's ``_Row`` only exposes height/height_rule; trPr has no cantSplit/tblHeader properties.
    """
    tr_pr = row_tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert_element_before(_on_off("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
    if header and tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.insert_element_before(_on_off("w:tblHeader"), *_TRPR_AFTER_TBLHEADER)


def set_table_caption(table: Table, caption: str, description: str) -> None:
    """OxmlElement: w:tblCaption / w:tblDescription = the table's alt-text title and description (Word 2010+)."""
    tbl_pr = table._tbl.tblPr
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), clean_text(caption)[:255])
    tbl_pr.insert_element_before(title, "w:tblDescription", "w:tblPrChange")
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), clean_text(description)[:255])
    tbl_pr.insert_element_before(desc, "w:tblPrChange")


def shade_cell(cell: _Cell, fill: str) -> None:
    """OxmlElement: w:shd background fill of a cell (python-docx has no cell shading API)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(shd, *_TCPR_AFTER_SHD)


def add_field(paragraph: Paragraph, instruction: str, cached_result: str = "") -> None:
    """OxmlElement: a complex field (begin / instrText / separate / result / end) as runs of ``paragraph``.

    Used only for PAGE and NUMPAGES in the footer; python-docx has no field API.
    """
    add_fld_char(paragraph, "begin")
    add_instr_text(paragraph, instruction)
    add_fld_char(paragraph, "separate")
    paragraph.add_run(cached_result)
    add_fld_char(paragraph, "end")


def add_fld_char(paragraph: Paragraph, kind: str, dirty: bool = False) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    if dirty:
        fld.set(qn("w:dirty"), "true")
    run._r.append(fld)


def add_instr_text(paragraph: Paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    run._r.append(instr)


def add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    """OxmlElement: wrap the paragraph's content in a bookmark (target of the static contents list's links)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    if p.pPr is not None:
        p.pPr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def add_internal_hyperlink(paragraph: Paragraph, text: str, anchor: str) -> None:
    """OxmlElement: w:hyperlink to a bookmark; python-docx 1.2 can read hyperlinks but not create them."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = paragraph.add_run(text)  # python-docx writes the text run; then move it into the hyperlink
    link.append(run._r)
    paragraph._p.append(link)


def set_run_language(rpr: BaseOxmlElement, language: str) -> None:
    """OxmlElement: w:lang/@w:val on an rPr (python-docx has no language API on fonts)."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_RPR_AFTER_LANG)
    lang.set(qn("w:val"), language)


def set_update_fields_on_open(doc: DocxDocument) -> None:
    """OxmlElement: settings w:updateFields, so Word refreshes the TOC (and page fields) when it opens the file."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is None:
        settings.insert_element_before(_on_off("w:updateFields"), *_SETTINGS_AFTER_UPDATEFIELDS)


def set_style_font(style: CharacterStyle, name: str) -> None:
    """Set an explicit font and drop the theme-font attributes, which Word would otherwise prefer.

    python-docx's ``font.name`` writes w:ascii/w:hAnsi but leaves w:asciiTheme/w:hAnsiTheme in place.
    """
    style.font.name = name
    rfonts = style.element.rPr.rFonts
    for attr in ("w:asciiTheme", "w:hAnsiTheme"):
        rfonts.attrib.pop(qn(attr), None)


def apply_style_id(paragraph: Paragraph, style_id: str) -> Paragraph:
    """Give ``paragraph`` the paragraph style with id ``style_id`` and return it.

    Same effect as ``paragraph.style = name``, but via the oxml ``CT_P.style`` property: the public setter
    resolves the name and compares it with the default style on *every* call (a scan over all ~170 styles),
    which was 85 % of the run time for a table-heavy document. Only for our own styles, whose id equals
    their name.
    """
    paragraph._p.style = style_id
    return paragraph


def make_plain(style: CharacterStyle) -> None:
    """Drop the template's border below the paragraph and its character spacing: plain text, as a letter has it."""
    element = style.element
    for path in ("w:pPr/w:pBdr", "w:rPr/w:spacing", "w:rPr/w:kern", "w:pPr/w:numPr"):
        for found in element.xpath(path):
            found.getparent().remove(found)
