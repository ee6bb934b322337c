"""The appendix as a Word document (.docx), laid out as the published actie-overzicht.

:func:`write_docx` takes the :class:`views.appendix.Appendix` (every text final) and writes:

* A4 landscape; title, subtitle, the round and its date, the round it is compared with, the selection
  (a party or goal variant), the stamp "Gemaakt uit <bestand>, versie <sha256[:12]>, <datum>" and a
  table of contents (a Word TOC field whose cached result is a hyperlinked list of the headings, so
  LibreOffice's PDF shows a useful contents list too; Word rebuilds it with page numbers on open);
* per priority a ``Heading 1`` on a new page, per goal a ``Heading 2`` with its wording, the sentences
  on its status mix, what moved and what is past its end year, and a table Wat? / Wie? / Wanneer? /
  Voortgang <previous round> / Voortgang <round>; each progress cell starts with "Status: <word>" in
  bold - the status is a word, never a colour. The header row repeats on every page and is marked as
  the table's header; rows do not split across pages (where Word allows it: a row taller than a page
  still breaks);
* the budget: every line with its amount, kind, years, the line it is part of and its source;
* a footer "<title> - <round>" and "Pagina X van Y".

Workbook text is written as plain text runs (:mod:`.text`): no field codes, even for a text that
starts with "=" or holds "{PAGE}". The only fields are the contents list and the page numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from views.appendix import Appendix, GoalSection, PrioritySection, StatusText
from workbook.contract import NO_ANSWER

from . import styles
from .metrics import CELL_PADDING_MM, fit_columns, longest_piece_mm
from .oxml import (
    add_bookmark,
    add_field,
    add_fld_char,
    add_instr_text,
    add_internal_hyperlink,
    apply_style_id,
    mark_row,
    set_table_caption,
    shade_cell,
)
from .text import join_sentences, one_line, paragraphs

NO_PROGRESS_TEXT = "(geen voortgangstekst)"
NO_PREVIOUS_TEXT = "(geen eerdere stand)"
NO_STATUS_TEXT = "onbekend"
NO_ANSWER_TEXT = f"Status: {NO_ANSWER.lower()}"
NO_ACTIONS_TEXT = "Bij deze doelstelling zijn (nog) geen acties opgenomen."
NO_BUDGET_TEXT = "Er zijn geen begrotingsregels opgenomen."

ACTION_HEADERS = ("Wat?", "Wie?", "Wanneer?")
# Column widths in mm; each set adds up to styles.TEXT_WIDTH_MM (257).
ACTION_COLUMNS_WITH_PREVIOUS = (71, 28, 26, 66, 66)
ACTION_COLUMNS_WITHOUT_PREVIOUS = (88, 30, 27, 112)
BUDGET_HEADERS = ("Budget-ID", "Omschrijving", "Bedrag", "Soort", "Jaren", "Onderdeel van", "Bron")
BUDGET_COLUMNS = (19, 62, 24, 26, 22, 20, 84)
BUDGET_AMOUNT_COLUMN = 2
#: The columns that give room when a narrow one must grow for its longest word: Wat? and the progress texts.
ACTION_FLEXIBLE = (0, 3, 4)  # without a previous round: 0 and 3
BUDGET_FLEXIBLE = (1, 6)
TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u '


def write_docx(appendix: Appendix, out: Path | str | BinaryIO) -> None:
    """Write ``appendix`` as a .docx to the path or binary stream ``out``."""
    doc = Document()
    _Writer(doc, appendix).build()
    doc.save(str(out) if isinstance(out, Path) else out)


def priority_heading(priority: PrioritySection) -> str:
    """``Prioriteit <n>: <title>`` (without the title when it is empty)."""
    title = one_line(priority.title)
    label = f"Prioriteit {one_line(priority.number)}"
    return f"{label}: {title}" if title else label


def goal_heading(goal: GoalSection) -> str:
    """``Doelstelling <code>: <title>`` (without the title when it is empty)."""
    title = one_line(goal.title)
    label = f"Doelstelling {one_line(goal.code)}"
    return f"{label}: {title}" if title else label


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    bookmark: str


class _Writer:
    """Builds the document; one instance per :func:`write_docx` call."""

    def __init__(self, doc: DocxDocument, appendix: Appendix) -> None:
        self.doc = doc
        self.appendix = appendix
        self._bookmark_id = 0
        self._table_no = 0
        self._headings: Iterator[_Heading] = iter(())
        self._action_widths = self._fit_action_columns()

    def _fit_action_columns(self) -> tuple[float, ...]:
        """One set of widths for every action table: no column narrower than its longest word (or status line)."""
        app = self.appendix
        rows = [row for priority in app.priorities for goal in priority.goals for row in goal.rows]
        with_previous = bool(app.previous_round_name)
        base = ACTION_COLUMNS_WITH_PREVIOUS if with_previous else ACTION_COLUMNS_WITHOUT_PREVIOUS
        headers = [*ACTION_HEADERS, *self._round_headers()]
        columns: list[list[str]] = [[r.what for r in rows], [r.who for r in rows], [r.when for r in rows]]
        bold: list[list[str]] = [[r.action_id for r in rows], [], []]
        for side in (["previous"] if with_previous else []) + ["current"]:
            values = [getattr(r, side) for r in rows]
            columns.append([v.text for v in values if v is not None])
            bold.append([_status_line(v) for v in values if v is not None])
        needs = [
            max(
                longest_piece_mm(texts, styles.TABLE_TEXT_PT),
                longest_piece_mm(strong, styles.TABLE_TEXT_PT, bold=True),
                longest_piece_mm([header], styles.TABLE_TEXT_PT, bold=True, whole_words=True),
            )
            + CELL_PADDING_MM
            for texts, strong, header in zip(columns, bold, headers)
        ]
        return fit_columns(base, needs, [i for i in ACTION_FLEXIBLE if i < len(base)])

    def _round_headers(self) -> list[str]:
        app = self.appendix
        previous = [f"Voortgang {one_line(app.previous_round_name)}"] if app.previous_round_name else []
        return [*previous, f"Voortgang {one_line(app.round_name)}"]

    def build(self) -> None:
        styles.setup_page(self.doc)
        styles.setup_styles(self.doc)
        styles.setup_properties(self.doc, self.appendix)
        headings = self._plan_headings()
        self._front_matter(headings)
        self._headings = iter(headings)
        if not self.appendix.priorities:
            self.doc.add_paragraph(one_line(self.appendix.empty_text))
        for priority in self.appendix.priorities:
            self._heading(page_break=True)
            for goal in priority.goals:
                self._goal(goal)
        if self.appendix.budget is not None:
            self._budget()
        self._header_and_footer()

    def _plan_headings(self) -> list[_Heading]:
        """All headings in document order with their bookmark names (the contents list needs them first)."""
        planned: list[_Heading] = []

        def add(level: int, text: str) -> None:
            planned.append(_Heading(level, text, f"_Toc{len(planned) + 1:08d}"))

        for priority in self.appendix.priorities:
            add(1, priority_heading(priority))
            for goal in priority.goals:
                add(2, goal_heading(goal))
        if self.appendix.budget is not None:
            add(1, one_line(self.appendix.budget.title) or "Budget")
        return planned

    # -- front matter ------------------------------------------------------------------------------------------
    def _front_matter(self, headings: Sequence[_Heading]) -> None:
        """The cover (plain, black on white, as an attachment to a letter of the Rijksoverheid), then the contents."""
        app, doc = self.appendix, self.doc
        doc.add_paragraph(one_line(app.title), style="Title")
        if app.subtitle:
            doc.add_paragraph(one_line(app.subtitle), style="Subtitle")
        if app.letter.line:
            p = doc.add_paragraph()
            p.add_run(one_line(app.letter.line)).bold = True
            p.runs[0].font.size = Pt(12)
        for label, value in app.letter.facts:
            self._fact(f"{label}: ", one_line(value))
        self._fact("Voortgangsronde: ", f"{one_line(app.round_name)} ({one_line(app.round_date_text)})")
        if app.previous_round_name:
            self._fact("Vergeleken met: ", one_line(app.previous_round_name))
        if app.selection_text:
            self._fact("Selectie: ", one_line(app.selection_text))
        self._fact("Gemaakt uit: ", one_line(app.stamp_line))
        self._contents(headings)

    def _fact(self, label: str, value: str) -> None:
        p = self.doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(value)

    def _contents(self, headings: Sequence[_Heading]) -> None:
        """A TOC field whose cached result is the hyperlinked list of the headings (see the module docstring)."""
        self.doc.add_paragraph("Inhoud", style="TOC Heading").paragraph_format.page_break_before = True
        if not headings:
            p = self.doc.add_paragraph()
            add_fld_char(p, "begin", dirty=True)
            add_instr_text(p, TOC_INSTRUCTION)
            add_fld_char(p, "separate")
            p.add_run("(geen koppen)")
            add_fld_char(p, "end")
            return
        last = len(headings) - 1
        for index, heading in enumerate(headings):
            p = self.doc.add_paragraph(style=styles.TOC_STYLES[min(heading.level, 3) - 1])
            if index == 0:
                add_fld_char(p, "begin", dirty=True)
                add_instr_text(p, TOC_INSTRUCTION)
                add_fld_char(p, "separate")
            add_internal_hyperlink(p, heading.text, heading.bookmark)
            if index == last:
                add_fld_char(p, "end")

    # -- body --------------------------------------------------------------------------------------------------
    def _heading(self, page_break: bool = False) -> Paragraph:
        """The next planned heading (built-in Heading n style) with its bookmark."""
        heading = next(self._headings)
        p = self.doc.add_heading(heading.text, level=heading.level)
        if page_break:
            p.paragraph_format.page_break_before = True
        self._bookmark_id += 1
        add_bookmark(p, heading.bookmark, self._bookmark_id)
        return p

    def _goal(self, goal: GoalSection) -> None:
        doc = self.doc
        self._heading()
        for text in paragraphs(goal.description):
            p = doc.add_paragraph()
            p.add_run(text).italic = True
            p.paragraph_format.keep_with_next = True
        intro = join_sentences(goal.sentences)
        if intro:
            doc.add_paragraph(intro).paragraph_format.keep_with_next = True
        if goal.indicators:
            doc.add_paragraph("Indicatoren", style="Caption")
            for indicator in goal.indicators:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(f"{one_line(indicator.name)}: ").bold = True
                p.add_run(one_line(indicator.text))
                p.paragraph_format.keep_with_next = True
        if not goal.rows:
            doc.add_paragraph(NO_ACTIONS_TEXT)
            return
        self._action_table(goal)

    def _action_table(self, goal: GoalSection) -> None:
        app = self.appendix
        with_previous = bool(app.previous_round_name)
        self._table_no += 1
        caption = f"Tabel {self._table_no}. Acties bij doelstelling {one_line(goal.code)}"
        self.doc.add_paragraph(caption, style="Caption")
        headers = [*ACTION_HEADERS, *self._round_headers()]
        widths = self._action_widths
        rounds = " en ".join(h.removeprefix("Voortgang ") for h in headers[3:])
        description = f"Per actie: wat er gebeurt, wie het doet, wanneer, en de status en voortgang ({rounds})."
        table = self._table(headers, widths, len(goal.rows), caption, description)
        for row, action in zip(table.rows[1:], goal.rows, strict=True):
            cells = row.cells
            cells[0].paragraphs[0].add_run(one_line(action.action_id)).bold = True
            self._fill(cells[0], action.what, keep_first=True)
            self._fill(cells[1], action.who)
            self._fill(cells[2], action.when)
            if with_previous:
                self._progress(cells[3], action.previous)
            self._progress(cells[-1], action.current)

    def _budget(self) -> None:
        budget = self.appendix.budget
        self._heading(page_break=True)
        intro = join_sentences(budget.intro_sentences)
        if intro:
            self.doc.add_paragraph(intro).paragraph_format.keep_with_next = True
        if not budget.rows:
            if not intro:
                self.doc.add_paragraph(NO_BUDGET_TEXT)
            return
        self._table_no += 1
        caption = f"Tabel {self._table_no}. Budgetregels en hun bron"
        self.doc.add_paragraph(caption, style="Caption")
        description = "Per budgetregel: omschrijving, bedrag, soort, jaren, waarvan het een onderdeel is, en de bron."
        table = self._table(BUDGET_HEADERS, _fit_budget_columns(budget.rows), len(budget.rows), caption, description)
        for row, line in zip(table.rows[1:], budget.rows, strict=True):
            values = (line.budget_id, line.description, line.amount_text, line.kind, line.years, line.part_of)
            for cell, value in zip(row.cells, (*values, line.source), strict=True):
                self._fill(cell, value)
        for row in table.rows:
            for p in row.cells[BUDGET_AMOUNT_COLUMN].paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # -- tables ------------------------------------------------------------------------------------------------
    def _table(
        self, headers: Sequence[str], widths_mm: Sequence[float], n_rows: int, caption: str, description: str
    ) -> Table:
        """A fixed-width table with a repeating, shaded header row and rows that do not split."""
        table = self.doc.add_table(rows=n_rows + 1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Mm(round(w, 1)) for w in widths_mm]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # w:gridCol: LibreOffice lays out from the grid
        for index, row in enumerate(table.rows):
            mark_row(row._tr, header=index == 0)
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width  # w:tcW: Word lays out from the cell widths
                style = styles.TABLE_HEADER_STYLE if index == 0 else styles.TABLE_TEXT_STYLE
                apply_style_id(cell.paragraphs[0], style)
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(text)
            shade_cell(cell, styles.HEADER_FILL)
        set_table_caption(table, caption, description)
        return table

    @staticmethod
    def _fill(cell: _Cell, text: str, keep_first: bool = False) -> None:
        """``text`` into ``cell``: a paragraph per paragraph of the text, plain text runs only.

        With ``keep_first`` the cell's first paragraph is taken already and the text goes below it.
        """
        parts = paragraphs(text)
        if not keep_first and parts:
            cell.paragraphs[0].add_run(parts.pop(0))
        for part in parts:
            apply_style_id(cell.add_paragraph(part), styles.TABLE_TEXT_STYLE)

    def _progress(self, cell: _Cell, value: StatusText | None) -> None:
        """``Status: <word>`` in bold, then the progress text (or a placeholder in italics).

        No answer in the round (an empty status cell): ``Status: geen antwoord``, and the text only if there is one.
        """
        first = cell.paragraphs[0]
        if value is None:
            first.add_run(NO_PREVIOUS_TEXT).italic = True
            return
        first.add_run(_status_line(value)).bold = True
        parts = paragraphs(value.text)
        if not parts and value.status != NO_ANSWER:
            apply_style_id(cell.add_paragraph(), styles.TABLE_TEXT_STYLE).add_run(NO_PROGRESS_TEXT).italic = True
        for part in parts:
            apply_style_id(cell.add_paragraph(part), styles.TABLE_TEXT_STYLE)

    # -- running header and footer ----------------------------------------------------------------------------
    def _header_and_footer(self) -> None:
        """Every page but the cover: the running header (programme, letter, kenmerk) and the footer with the version
        and "Pagina X van Y". The cover has neither."""
        app = self.appendix
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.style = self.doc.styles["Header"]
        header.add_run(one_line(app.header_text))
        p = section.footer.paragraphs[0]
        p.style = self.doc.styles["Footer"]
        p.add_run(f"{one_line(app.title)} \u2013 {one_line(app.round_name)} \u2013 versie {app.stamp.version}\tPagina ")
        add_field(p, " PAGE ", "1")
        p.add_run(" van ")
        add_field(p, " NUMPAGES ", "1")


def _status_line(value: StatusText) -> str:
    """``Status: Loopt``; ``Status: geen antwoord`` where the round has no status for the action."""
    if value.status == NO_ANSWER:
        return NO_ANSWER_TEXT
    return f"Status: {one_line(value.status) or NO_STATUS_TEXT}"


def _fit_budget_columns(rows) -> tuple[float, ...]:
    """The budget table's widths, each column at least as wide as its longest word."""
    columns = list(
        zip(*((r.budget_id, r.description, r.amount_text, r.kind, r.years, r.part_of, r.source) for r in rows))
    )
    needs = [
        max(
            longest_piece_mm(texts, styles.TABLE_TEXT_PT),
            longest_piece_mm([header], styles.TABLE_TEXT_PT, bold=True, whole_words=True),
        )
        + CELL_PADDING_MM
        for texts, header in zip(columns, BUDGET_HEADERS)
    ]
    return fit_columns(BUDGET_COLUMNS, needs, BUDGET_FLEXIBLE)
