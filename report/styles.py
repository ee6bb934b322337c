"""The page, the styles and the document properties of the appendix.

A4 landscape with 20 mm side margins (257 mm of text width); Arial (LibreOffice uses the metric-compatible
Liberation Sans); Word's built-in ``Title``, ``Heading 1``/``Heading 2`` ("Kop 1"/"Kop 2" in Dutch Word),
``Caption``, ``Footer`` and ``toc 1..3``, so the navigation pane and a table of contents work; two table
styles of our own (``Tabeltekst``, ``Tabelkop``). Plain black on white, as an attachment to a letter of the
Rijksoverheid.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from views.appendix import Appendix

from .oxml import make_plain, set_run_language, set_style_font, set_update_fields_on_open
from .text import one_line

LANGUAGE = "nl-NL"
FONT_NAME = "Arial"
HEADING_COLOR = RGBColor(0, 0, 0)  # plain black on white, as an attachment to a letter of the Rijksoverheid
MUTED_COLOR = RGBColor(0x40, 0x40, 0x40)
HEADER_FILL = "E8E8E8"  # light grey behind the (bold, black) header row; text contrast > 15:1
TABLE_TEXT_PT = 9

PAGE_WIDTH, PAGE_HEIGHT = Mm(297), Mm(210)
MARGIN = Mm(20)
TEXT_WIDTH_MM = 297 - 2 * 20  # 257 mm

TABLE_TEXT_STYLE = "Tabeltekst"  # our own styles: name == style id (no spaces), see oxml.apply_style_id
TABLE_HEADER_STYLE = "Tabelkop"
TOC_STYLES = ("toc 1", "toc 2", "toc 3")  # Word's built-in names ("Inhopg 1".. in Dutch Word)


def setup_page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = Mm(18)
    section.header_distance = section.footer_distance = Mm(9)


def setup_styles(doc: DocxDocument) -> None:
    styles = doc.styles
    # The document's default language (docDefaults run properties): Dutch spell-check and screen-reader voice.
    set_run_language(styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0], LANGUAGE)
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)

    normal = styles["Normal"]
    set_style_font(normal, FONT_NAME)
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    sizes = (("Title", 22), ("Subtitle", 13), ("Heading 1", 15), ("Heading 2", 12.5), ("TOC Heading", 14))
    for name, size in (*sizes, ("Caption", 9)):
        style = styles[name]
        set_style_font(style, FONT_NAME)
        style.font.size = Pt(size)
        style.font.color.rgb = HEADING_COLOR
    styles["Heading 1"].paragraph_format.space_before = Pt(6)
    styles["Heading 1"].paragraph_format.space_after = Pt(6)
    styles["Heading 2"].paragraph_format.space_before = Pt(14)
    styles["Heading 2"].paragraph_format.space_after = Pt(4)
    styles["TOC Heading"].paragraph_format.space_before = Pt(18)
    for name in ("Title", "Subtitle"):
        make_plain(styles[name])
    styles["Title"].paragraph_format.space_before = Pt(48)  # the cover: the title a third down, as on a letter
    styles["Title"].paragraph_format.space_after = Pt(8)
    styles["Subtitle"].font.italic = False
    styles["Subtitle"].paragraph_format.space_after = Pt(24)
    caption = styles["Caption"]
    caption.paragraph_format.space_before = Pt(6)
    caption.paragraph_format.space_after = Pt(3)
    caption.paragraph_format.keep_with_next = True

    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size = Pt(8.5)
        style.font.color.rgb = MUTED_COLOR
        tabs = style.paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)

    text_style = _add_paragraph_style(doc, TABLE_TEXT_STYLE, "Normal")
    text_style.font.size = Pt(TABLE_TEXT_PT)
    # Space before and after: python-docx has no cell-margin API; this keeps the text off the cell borders.
    text_style.paragraph_format.space_before = Pt(2)
    text_style.paragraph_format.space_after = Pt(2)
    text_style.paragraph_format.line_spacing = 1.0
    header_style = _add_paragraph_style(doc, TABLE_HEADER_STYLE, TABLE_TEXT_STYLE)
    header_style.font.bold = True
    header_style.paragraph_format.keep_with_next = True

    for level, name in enumerate(TOC_STYLES, start=1):
        # Built-in names (no customStyle flag), so Word uses them for its own table of contents on update.
        toc = _add_paragraph_style(doc, name, "Normal", builtin=True)
        toc.style_id = f"TOC{level}"
        toc.paragraph_format.space_after = Pt(3 if level > 1 else 4)
        toc.paragraph_format.left_indent = Mm(6 * (level - 1))
        toc.font.bold = level == 1


def _add_paragraph_style(doc: DocxDocument, name: str, base: str, builtin: bool = False) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=builtin)
    style.base_style = doc.styles[base]
    style.next_paragraph_style = style
    style.quick_style = True
    return style


def setup_properties(doc: DocxDocument, appendix: Appendix) -> None:
    """Title, subject, language nl-NL, the stamp as comment; created and modified on the day it was made."""
    props = doc.core_properties
    props.title = one_line(appendix.title)
    props.subject = one_line(appendix.subtitle) or f"Voortgang {one_line(appendix.programme)}, {appendix.round_name}"
    props.language = LANGUAGE
    props.author = props.last_modified_by = one_line(appendix.author)
    props.comments = one_line(appendix.stamp_line)
    props.keywords = f"{one_line(appendix.programme)}, voortgang, {one_line(appendix.round_name)}"
    props.category = "Bijlage"
    props.revision = 1
    day = appendix.generated_on or dt.date.today()
    props.created = props.modified = dt.datetime.combine(day, dt.time())
    set_update_fields_on_open(doc)
