"""The state people share lives in the URL: query parameters <-> an ``ActionQuery``.

``/doelstellingen?doel=2.2&partij=JOB&ronde=najaar+2025`` opens exactly that
view. :func:`parse` (pure, tested) reads the parameters a page uses, matching
case-insensitively (a party also by its alias) and ignoring unknown values
with a short Dutch note. On the Streamlit side, :func:`bind` makes each filter
widget show the URL's value and write a change back to the URL, so the
address bar always holds the view on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from domain.labels import goal_labels, party_names, priority_labels
from domain.model import Overview
from domain.search import ActionQuery
from workbook import contract
from workbook.wie import PartyIndex

PARAM_GOAL = "doel"
PARAM_PARTY = "partij"
PARAM_ROLE = "rol"
PARAM_STATUS = "status"
PARAM_ROUND = "ronde"
PARAM_TEXT = "zoek"
PARAM_PRIORITY = "prioriteit"

#: Query parameter -> ActionQuery field.
FIELDS: dict[str, str] = {
    PARAM_GOAL: "goal",
    PARAM_PARTY: "party",
    PARAM_ROLE: "role",
    PARAM_STATUS: "status",
    PARAM_ROUND: "round",
    PARAM_TEXT: "text",
    PARAM_PRIORITY: "priority",
}
#: How a parameter is named in a note.
PARAM_NAMES: dict[str, str] = {
    PARAM_GOAL: "doelstelling",
    PARAM_PARTY: "partij",
    PARAM_ROLE: "rol",
    PARAM_STATUS: "status",
    PARAM_ROUND: "ronde",
    PARAM_TEXT: "zoektekst",
    PARAM_PRIORITY: "prioriteit",
}
MAX_TEXT = 200
#: The widget option meaning "no filter" ("Alle partijen"); never written to the URL.
ALL = ""


@dataclass(frozen=True)
class Choices:
    """The values a parameter may take in this workbook."""

    goals: tuple[str, ...]
    goal_names: dict[str, str]  # code -> "1.1 Gelijkwaardigheid"
    parties: tuple[str, ...]
    party_index: PartyIndex
    rounds: tuple[str, ...]
    priorities: tuple[int, ...]
    statuses: tuple[str, ...] = contract.STATUSES
    roles: tuple[str, ...] = contract.ROLES


def choices(overview: Overview) -> Choices:
    names = goal_labels(overview)
    return Choices(
        goals=tuple(names),
        goal_names=names,
        parties=tuple(party_names(overview)),
        party_index=overview.party_index,
        rounds=tuple(overview.rounds),
        priorities=tuple(priority_labels(overview)),
    )


def _single(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    return str(value).strip()


def _match(text: str, options: Iterable[str]) -> str | None:
    folded = " ".join(text.split()).casefold()
    return next((o for o in options if " ".join(str(o).split()).casefold() == folded), None)


def _resolve(param: str, text: str, options: Choices) -> Any:
    if param == PARAM_GOAL:
        return _match(text, options.goals)
    if param == PARAM_PARTY:
        return options.party_index.resolve(text) or _match(text, options.parties)
    if param == PARAM_ROLE:
        return _match(text, options.roles)
    if param == PARAM_STATUS:
        return _match(text, options.statuses)
    if param == PARAM_ROUND:
        return _match(text, options.rounds)
    if param == PARAM_PRIORITY:
        try:
            number = int(text)
        except ValueError:
            return None
        return number if number in options.priorities else None
    if param == PARAM_TEXT:
        return text[:MAX_TEXT]
    raise KeyError(param)


def note_unknown(param: str, text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return f"De link noemt een onbekende {PARAM_NAMES[param]} '{shown}'; die wordt genegeerd."


def parse(
    params: Mapping[str, Any], options: Choices, allowed: Sequence[str] = tuple(FIELDS)
) -> tuple[ActionQuery, list[str]]:
    """The ActionQuery the ``allowed`` parameters describe, and a note for each value ignored."""
    query = ActionQuery()
    notes: list[str] = []
    for param in allowed:
        if param not in params:
            continue
        text = _single(params[param])
        if not text:
            continue
        value = _resolve(param, text, options)
        if value is None:
            notes.append(note_unknown(param, text))
            continue
        query = replace(query, **{FIELDS[param]: value})
    return query, notes


def to_params(query: ActionQuery, allowed: Sequence[str] = tuple(FIELDS)) -> dict[str, str]:
    """The query parameters for ``query`` (only fields that are set)."""
    params: dict[str, str] = {}
    for param in allowed:
        value = getattr(query, FIELDS[param])
        if value is None or value == "":
            continue
        params[param] = str(value)
    return params


# --- Streamlit: widgets <-> URL ------------------------------------------------------------------
def widget_key(page: str, param: str) -> str:
    return f"{page}.{param}"


def _write_param(param: str, value: Any) -> None:
    import streamlit as st

    text = "" if value is None else str(value).strip()
    if text:
        st.query_params[param] = text
    elif param in st.query_params:
        del st.query_params[param]


def write_params(values: Mapping[str, Any]) -> None:
    """Set (or, for an empty value, remove) URL parameters."""
    for param, value in values.items():
        _write_param(param, value)


def from_url(overview: Overview, allowed: Sequence[str]) -> tuple[ActionQuery, list[str], Choices]:
    """Read this page's parameters from the URL (``st.query_params``)."""
    import streamlit as st

    options = choices(overview)
    params = {param: st.query_params.get_all(param) for param in allowed if param in st.query_params}
    query, notes = parse(params, options, allowed)
    return query, notes, options


def bind(page: str, param: str, value: Any) -> dict[str, Any]:
    """Keyword arguments that tie a widget to URL parameter ``param``: it shows ``value`` and writes changes back.

    Use as ``st.selectbox(label, [state.ALL, *options], **state.bind(page, "partij", query.party))``;
    the option ``ALL`` ("" - no filter) removes the parameter from the URL.
    """
    import streamlit as st

    key = widget_key(page, param)
    st.session_state[key] = ALL if value is None else value
    return {"key": key, "on_change": _writer(key, param)}


#: A select box or text field shows its value on one line and cuts off what does not fit. Filters therefore get
#: the width of their longest option (in a wrapping horizontal container: a row too narrow for them all wraps).
#: Source Sans at the theme's 1rem (16 px): no usual character is wider than 8.5 px on average over a label.
CHAR_PX = 8.5
FIELD_CHROME_PX = 76  #: the field's padding, its clear button and its open arrow
FIELD_MIN_PX = 150
FIELD_MAX_PX = 520
SEARCH_WIDTH_PX = 260


def field_width(texts: Iterable[str]) -> int:
    """The width (px) of a select box that shows the longest of ``texts`` without cutting it off."""
    longest = max((len(str(t)) for t in texts), default=0)
    return int(max(FIELD_MIN_PX, min(FIELD_MAX_PX, CHAR_PX * longest + FIELD_CHROME_PX)))


def filter_row() -> Any:
    """A bordered row for a page's filters that wraps when the page is too narrow for them all."""
    import streamlit as st

    return st.container(border=True, horizontal=True, wrap=True)


def goal_select(where: Any, page: str, query: ActionQuery, options: Choices) -> str:
    """The "Doelstelling" filter in ``where`` (a filter row), tied to the URL; ``ALL`` means every goal."""
    labels = options.goal_names
    return where.selectbox(
        "Doelstelling",
        [ALL, *options.goals],
        format_func=lambda goal: labels.get(goal, "Alle doelstellingen"),
        width=field_width(["Alle doelstellingen", *labels.values()]),
        **bind(page, PARAM_GOAL, query.goal),
    )


def party_select(where: Any, page: str, query: ActionQuery, options: Choices) -> str:
    """The "Partij" filter in ``where`` (a filter row), tied to the URL; ``ALL`` means every party."""
    return where.selectbox(
        "Partij",
        [ALL, *options.parties],
        format_func=lambda party: party or "Alle partijen",
        width=field_width(["Alle partijen", *options.parties]),
        **bind(page, PARAM_PARTY, query.party),
    )


def status_select(where: Any, page: str, query: ActionQuery, label: str = "Status", help: str | None = None) -> str:
    """The "Status" filter in ``where`` (a filter row), tied to the URL; ``ALL`` means every status."""
    return where.selectbox(
        label,
        [ALL, *contract.STATUSES],
        format_func=lambda v: v or "Alle statussen",
        help=help,
        width=field_width(["Alle statussen", *contract.STATUSES, label]),
        **bind(page, PARAM_STATUS, query.status),
    )


def round_select(where: Any, page: str, query: ActionQuery, options: Choices, latest: str | None) -> str | None:
    """The "Ronde" filter (newest first), tied to the URL; None when the workbook has no rounds."""
    if not options.rounds:
        return None
    rounds = list(reversed(options.rounds))
    return where.selectbox(
        "Ronde",
        rounds,
        help="De ronde waarvan de status getoond en gefilterd wordt.",
        width=field_width(["Ronde", *rounds]),
        **bind(page, PARAM_ROUND, query.round or latest),
    )


def _writer(key: str, param: str) -> Callable[[], None]:
    def write() -> None:
        import streamlit as st

        _write_param(param, st.session_state.get(key))

    return write


def show_notes(notes: Sequence[str]) -> None:
    """The notes on ignored parameters, short and unobtrusive."""
    import streamlit as st

    from .text import escape_markdown

    for note in notes:  # a note quotes the URL: shown inert, never as a link or layout
        st.caption(f":material/link_off: {escape_markdown(note)}")
