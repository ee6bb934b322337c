"""Names of the columns the domain adds (Dutch: the frames are shown and downloaded as they are)."""

from .model import COL_LATEST_STATUS, COL_PAST_END, COL_ROLE

COL_STATUS = "Status"
COL_COUNT = "Aantal"
COL_SHARE = "Aandeel"
COL_TOTAL = "Totaal"
COL_LABEL = "Naam"
COL_FROM = "Van"
COL_TO = "Naar"
COL_ACTIONS = "Acties"
COL_NOTES = "Signalen"
COL_YEAR = "Jaar"
COL_GROUP = "Groep"
COL_BEGIN = "Begin"
COL_END = "Einde"
COL_OPEN = "Doorlopend"
COL_START_UNKNOWN = "Startjaar onbekend"
COL_PERIOD = "Periode"
COL_REASON = "Reden"
COL_AMOUNT_TEXT = "Bedrag"
COL_ACTION = "Actie"  # the action's id as shown on an axis: unique, also for a missing or repeated id (a fout)
COL_PART = "Deel"

__all__ = [
    "COL_ACTION",
    "COL_ACTIONS",
    "COL_AMOUNT_TEXT",
    "COL_BEGIN",
    "COL_COUNT",
    "COL_END",
    "COL_FROM",
    "COL_GROUP",
    "COL_LABEL",
    "COL_LATEST_STATUS",
    "COL_NOTES",
    "COL_OPEN",
    "COL_PART",
    "COL_PAST_END",
    "COL_PERIOD",
    "COL_REASON",
    "COL_ROLE",
    "COL_SHARE",
    "COL_START_UNKNOWN",
    "COL_STATUS",
    "COL_TO",
    "COL_TOTAL",
    "COL_YEAR",
]
