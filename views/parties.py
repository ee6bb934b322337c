"""Partijen: the responsibility matrix (parties x goals, by role), one party's share, a cell's actions."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain import parties
from domain.columns import COL_ROLE
from domain.labels import goal_labels, party_names
from domain.model import Overview
from workbook import contract, nl

from .common import Metric
from .files import stem
from .numbers import ChartNumbers, status_numbers

TITLE = "Partijen"
INTRO = (
    "Wie draagt welke acties? Het aantal acties per partij en doelstelling, naar rol: primair (trekker), "
    "betrokken of genoemd bij andere partijen. Kies een partij of klik op een vakje voor de acties."
)


@dataclass(frozen=True)
class Profile:
    heading: str
    subtitle: str
    metrics: tuple[Metric, ...]
    sentence: str
    role_status: pd.DataFrame
    role_numbers: ChartNumbers
    chart_title: str
    chart_description: str
    link_label: str


@dataclass(frozen=True)
class PartiesView:
    matrix: pd.DataFrame
    parties: tuple[str, ...]
    goals: tuple[str, ...]
    matrix_title: str
    matrix_description: str
    nobody: str  # when no party has actions in the role
    without_actions: str
    wide: pd.DataFrame
    wide_stem: str
    matrix_numbers: ChartNumbers  #: the matrix as a table (``wide``), to download too
    profile: Profile | None
    actions_heading: str
    actions: pd.DataFrame
    actions_caption: str
    actions_stem: str
    nothing_chosen: str


def view(overview: Overview, party: str | None, goal: str | None, role: str | None) -> PartiesView:
    labels = goal_labels(overview)
    role_text = f"als {role}" if role else "in alle rollen"
    matrix = parties.party_matrix(overview, role=role)
    order = parties.party_order(matrix)
    empty = [p for p in party_names(overview) if p not in order]
    subject = " ".join(
        part
        for part in (
            f"van {party}" if party else "",
            f"bij doelstelling {goal}" if goal else "",
            f"({role})" if role else "",
        )
        if part
    )
    listed = parties.party_actions(overview, party, goal, role) if (party or goal) else pd.DataFrame()
    if party or goal:
        caption = nl.count(len(listed), "rij", "rijen") + (": één per actie en partij." if not party else ".")
    else:
        caption = ""
    wide = parties.party_matrix_wide(matrix, order) if order else pd.DataFrame()
    wide_stem = stem("partijen-matrix", role)
    return PartiesView(
        matrix=matrix,
        parties=tuple(order),
        goals=tuple(labels),
        matrix_title=f"Acties per partij en doelstelling ({role_text})",
        matrix_description=(
            f"Het getal in een vakje is het aantal acties waarbij de partij {role_text} genoemd wordt; "
            "hoe donkerder, hoe meer. De verdeling over de rollen staat in de tooltip."
        ),
        nobody=f"Geen enkele partij heeft acties {role_text}." if not order else "",
        without_actions=f"Zonder acties {role_text} (niet in de matrix): {', '.join(empty)}."
        if order and empty
        else "",
        wide=wide,
        wide_stem=wide_stem,
        matrix_numbers=ChartNumbers(
            wide, key="partijen-matrix-tabel", label="De matrix als tabel", stem=wide_stem, name="Matrix"
        ),
        profile=_profile(overview, party) if party else None,
        actions_heading=f"Acties {subject}" if subject else "",
        actions=listed,
        actions_caption=caption if len(listed) else (f"Er zijn geen acties {subject}." if subject else ""),
        actions_stem=stem("acties", party, goal, role),
        nothing_chosen="Kies hierboven een partij of doelstelling, of klik op een vakje in de matrix, om de acties te "
        "zien.",
    )


def _profile(overview: Overview, party: str) -> Profile:
    profile = parties.party_profile(overview, party)
    subtitle = profile.full_name if profile.full_name != party else ""
    if profile.kind:
        subtitle = f"{subtitle} ({profile.kind})" if subtitle else profile.kind
    metrics = [Metric("Acties", nl.number(profile.actions), "Acties die de partij in de kolom Wie noemen.")]
    metrics += [Metric(role.capitalize(), nl.number(profile.role_counts[role])) for role in contract.ROLES]
    latest = overview.latest_round or "de laatste ronde"
    sentence = ""
    if profile.actions:
        done, running = profile.status_counts[contract.STATUS_DONE], profile.status_counts[contract.STATUS_RUNNING]
        sentence = (
            f"In {latest} is {nl.percent(profile.share(contract.STATUS_DONE))} van de acties van {party} afgerond "
            f"({nl.number(done)}) en loopt {nl.percent(profile.share(contract.STATUS_RUNNING))} ({nl.number(running)})."
        )
    shown_round = overview.latest_round or "laatste ronde"
    role_status = parties.party_status_counts(overview, party) if profile.actions else pd.DataFrame()
    return Profile(
        heading=party,
        subtitle=subtitle,
        metrics=tuple(metrics),
        sentence=sentence,
        role_status=role_status,
        role_numbers=status_numbers(role_status, "Rol", key="partijen-rollen", category=COL_ROLE, order=contract.ROLES),
        chart_title=f"Status van de acties van {party} per rol ({shown_round})",
        chart_description=f"Per rol het aantal acties van {party}, verdeeld naar hun laatste status.",
        link_label=f"Alle acties van {party} per doelstelling, met hun voortgang",
    )
