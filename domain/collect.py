"""Which answers of a reporting round are taken in, and why the others are not.

Input: the workbook as checked now and the answers as read (:func:`workbook.rounds.answers.read_answer`),
or the finding that says why a file could not be read. Per answer cell, in this order:

1. the file itself: an identification that contradicts itself or an altered fingerprint table refuses
   the whole file;
2. the round: an answer for a round that is not the open one (or for a closed round) is refused;
3. the action: not in that party's request (``answer-not-requested``), or no longer in the workbook;
4. the read-only fields: changed in the answer (``answer-read-only-changed``, old and new text shown),
   so nothing of that action is taken. Changed in the workbook since the request was sent, with the
   answer's fields as they were: shown (``answer-workbook-changed``), and taken;
5. the status: outside the vocabulary (``invalid-value``) or without any text (``empty-latest-progress``,
   unless the action was Afgerond or Gestopt the round before and still is): that cell is refused;
6. two answers that change one action differently: a conflict, neither is taken, both are shown.

An empty answer cell never erases a text; a value equal to the workbook's changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas import TypedWorkbook
from workbook import contract, messages, nl
from workbook.findings import ERROR, Finding
from workbook.fingerprint import fingerprint, normal
from workbook.reader.headers import column_letter, norm
from workbook.rounds.answers import Answer, AnswerCell, AnswerRow

from .rounds import assignments, closed_rounds, open_round, previous_round, settled

BLOCKING = frozenset({"answer-identification-mismatch", "answer-fingerprints-altered"})
EXIT_TAKEN, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


@dataclass(frozen=True)
class Decision:
    """A finding about one answer file (a refused cell, a conflict, a notice): the file and where in it."""

    file: str
    finding: Finding

    def as_tuple(self) -> tuple[str, str | None, str | None, str]:
        """(file, sheet, cell, code): what the tests compare."""
        return (self.file, self.finding.sheet, self.finding.cell, self.finding.code)


@dataclass(frozen=True)
class Taken:
    """One answer cell taken in: from which file and cell, into which workbook cell, old and new text."""

    file: str
    action_id: str
    column: str
    answer_cell: str
    target: str  # the cell in the workbook's Acties sheet, e.g. "L5"
    old: str
    new: str


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: its party and round, the actions taken in, and every finding."""

    name: str
    party: str = ""
    round_name: str = ""
    readable: bool = True
    actions_taken: int = 0
    taken: tuple[Taken, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @property
    def refused(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.finding.severity == ERROR)


@dataclass(frozen=True)
class Collected:
    """All files: per file the outcome, and the cells to set in the workbook (``L5`` -> text)."""

    round_name: str
    files: tuple[FileOutcome, ...]
    changes: dict[str, str]

    @property
    def exit_code(self) -> int:
        if any(not f.readable for f in self.files):
            return EXIT_UNREADABLE
        return EXIT_REFUSED if any(f.refused for f in self.files) else EXIT_TAKEN


@dataclass
class _Candidate:
    file: str
    action_id: str
    column: str
    cell: AnswerCell
    value: str
    row: int  # workbook row


def _where(file: str, cell: str, column: str | None) -> str:
    return f"'{file}', {contract.SHEET_ACTIONS}!{cell}" + (f" (kolom '{column}')" if column else "")


def _decide(file: str, code: str, cell: str, column: str | None, value: object = None, **params) -> Decision:
    row = int("".join(ch for ch in cell if ch.isdigit()) or 0) or None
    finding = messages.make(
        code,
        sheet=contract.SHEET_ACTIONS,
        row=row,
        column=column,
        cell=cell,
        value=value,
        where=_where(file, cell, column),
        **params,
    )
    if code == "empty-latest-progress":
        finding = messages.make(
            code, sheet=contract.SHEET_ACTIONS, row=row, column=column, cell=cell, severity=ERROR,
            where=_where(file, cell, column), **params,
        )  # fmt: skip
    return Decision(file, finding)


def _status_word(value: object) -> str | None:
    """The rubric's spelling of a status typed in any case ("loopt" -> "Loopt"), or None."""
    words = {norm(word): word for word in contract.STATUSES}
    return words.get(norm(value)) if normal(value) else None


class _Book:
    """The workbook as collect needs it: rows by Actie-ID, cell references, the open round."""

    def __init__(self, book: TypedWorkbook) -> None:
        self.book = book
        self.actions = book.frame(contract.SHEET_ACTIONS)
        self.row_of = {str(a): int(r) for r, a in self.actions[contract.COL_ACTION_ID].items() if a is not None}
        self.records = dict(zip(self.actions.index.astype(int), self.actions.to_dict("records")))  # fast cell lookups
        self.plan = {a.action_id: a for a in assignments(book)}
        self.current = open_round(book)
        self.closed = closed_rounds(book)
        self.before = previous_round(book, self.current.name) if self.current else None

    def value(self, row: int, column: str) -> object:
        return self.records[row].get(column)

    def cell(self, row: int, column: str) -> str:
        return self.book.cell(contract.SHEET_ACTIONS, column, row) or ""


def collect(book: TypedWorkbook, answers: Sequence[Answer | tuple[str, Finding]]) -> Collected:
    """Decide, per answer file, which cells are taken in (see the module docstring)."""
    state = _Book(book)
    round_name = state.current.name if state.current else ""
    outcomes: list[tuple[str, Answer | None, list[Decision], list[_Candidate]]] = []
    for answer in answers:
        if isinstance(answer, tuple):
            name, finding = answer
            outcomes.append((name, None, [Decision(name, finding)], []))
            continue
        decisions, candidates = _one_file(state, answer)
        outcomes.append((answer.name, answer, decisions, candidates))
    changing = [c for *_, found in outcomes for c in found if c.value != normal(state.value(c.row, c.column))]
    conflicts = _conflicts(changing)
    files, changes = [], {}
    for name, answer, decisions, candidates in outcomes:
        if answer is None:
            files.append(FileOutcome(name, readable=False, decisions=tuple(decisions)))
            continue
        taken = []
        for candidate in candidates:
            old = normal(state.value(candidate.row, candidate.column))
            if (candidate.action_id, candidate.column) in conflicts and candidate.value != old:
                other = conflicts[(candidate.action_id, candidate.column)]
                rival = next(c for c in other if c.value != candidate.value)
                decisions.append(_conflict(candidate, rival))
                continue
            if any(key[0] == candidate.action_id for key in conflicts):
                continue  # the other cell of this action conflicts: nothing of the action is taken
            target = state.cell(candidate.row, candidate.column)
            taken.append(
                Taken(name, candidate.action_id, candidate.column, candidate.cell.cell, target, old, candidate.value)
            )
            if candidate.value != old:
                changes[target] = candidate.value
        ident = answer.identification
        actions = len({t.action_id for t in taken})
        files.append(FileOutcome(name, ident.party, ident.round_name, True, actions, tuple(taken), tuple(decisions)))
    return Collected(round_name, tuple(files), changes)


def _conflict(candidate: _Candidate, rival: _Candidate) -> Decision:
    what = "status" if candidate.column.startswith(contract.STATUS_PREFIX) else "voortgangstekst"
    return _decide(
        candidate.file, "answer-conflict", candidate.cell.cell, candidate.column, candidate.action_id,
        other_file=rival.file, other_cell=f"{contract.SHEET_ACTIONS}!{rival.cell.cell}", what=what,
        text=nl.shorten(candidate.value, 120), other_text=nl.shorten(rival.value, 120),
    )  # fmt: skip


def _conflicts(candidates: list[_Candidate]) -> dict[tuple[str, str], list[_Candidate]]:
    """(action, column) -> its candidates, where they give more than one value."""
    grouped: dict[tuple[str, str], list[_Candidate]] = {}
    for candidate in candidates:
        grouped.setdefault((candidate.action_id, candidate.column), []).append(candidate)
    return {key: group for key, group in grouped.items() if len({c.value for c in group}) > 1}


def _filled(row: AnswerRow) -> list[AnswerCell]:
    return [cell for cell in row.answers.values() if normal(cell.value)]


def _one_file(state: _Book, answer: Answer) -> tuple[list[Decision], list[_Candidate]]:
    name, ident = answer.name, answer.identification
    decisions = [Decision(name, issue) for issue in answer.issues]
    if any(issue.code in BLOCKING for issue in answer.issues) or state.current is None:
        return decisions, []
    open_name = state.current.name
    if norm(ident.round_name) != norm(open_name) or open_name in state.closed:
        for row in answer.rows:
            for cell in _filled(row):
                decisions.append(_decide(name, "answer-round-not-open", cell.cell, cell.column, row.action_id,
                                         round=ident.round_name, open=open_name))  # fmt: skip
        return decisions, []
    candidates: list[_Candidate] = []
    read_only = answer.read_only_columns
    for row in answer.rows:
        filled = _filled(row)
        if not filled:
            continue
        requested = (
            row.action_id in ident.fingerprints
            if ident.fingerprints
            else getattr(state.plan.get(row.action_id), "reporter", None) == ident.party
        )
        if not requested or row.action_id not in state.row_of:
            code = "answer-not-requested" if not requested else "answer-unknown-action"
            for cell in filled:
                decisions.append(_decide(name, code, cell.cell, cell.column, row.action_id, party=ident.party))
            continue
        book_row = state.row_of[row.action_id]
        current = {c: state.value(book_row, c) for c in read_only}
        current[contract.COL_ACTION_ID] = row.action_id
        stored = ident.fingerprints.get(row.action_id)
        now = fingerprint(current, read_only) if stored else None
        if stored and now == stored and not answer.altered(row):  # the usual case: nothing changed on either side
            candidates += _cells(state, name, row, book_row, decisions)
            continue
        differs = [c for c in read_only if normal(row.values.get(c)) != normal(current.get(c))]
        edited = answer.altered(row) if stored else bool(differs)
        if edited and differs:
            for column in differs:
                position = answer.columns.index(column)
                cell = f"{column_letter(position)}{row.row}"
                decisions.append(_decide(name, "answer-read-only-changed", cell, column, row.action_id,
                                         old=nl.shorten(current.get(column), 200),
                                         new=nl.shorten(row.values.get(column), 200)))  # fmt: skip
            continue
        if stored and now != stored:
            decisions.append(
                _decide(
                    name,
                    "answer-workbook-changed",
                    row.id_cell,
                    contract.COL_ACTION_ID,
                    row.action_id,
                    columns=", ".join(differs) or "de vaste velden",
                )
            )
        candidates += _cells(state, name, row, book_row, decisions)
    return decisions, candidates


def _cells(state: _Book, name: str, row: AnswerRow, book_row: int, decisions: list[Decision]) -> list[_Candidate]:
    """The answer's progress and status as candidates, after the status checks."""
    columns = state.current
    progress = row.answers.get(columns.progress)
    status = row.answers.get(columns.status)
    found = []
    text = normal(progress.value) if progress else ""
    if text:
        found.append(_Candidate(name, row.action_id, columns.progress, progress, text, book_row))
    if status is not None and normal(status.value):
        word = _status_word(status.value)
        before = state.value(book_row, state.before.status) if state.before else None
        has_text = bool(text or normal(state.value(book_row, columns.progress)))
        if word is None:
            decisions.append(_decide(name, "invalid-value", status.cell, columns.status, status.value,
                                     allowed=", ".join(contract.STATUSES)))  # fmt: skip
        elif not has_text and not settled(before, word):
            decisions.append(_decide(name, "empty-latest-progress", status.cell, columns.status, status.value,
                                     round=columns.name))  # fmt: skip
        else:
            found.append(_Candidate(name, row.action_id, columns.status, status, word, book_row))
    return found
