"""The supervision reports: the headline section, the views (coverage, follow-ups,
observations, 4Q quality, SAR) and the ESA's records (training, partners, dissemination),
each at ESA, province and nation (api.registry makes the three routes of an entry)."""

from __future__ import annotations

from functools import partial

from services.reporting.api.answers_records import Dissemination, Partnerships, Training
from services.reporting.api.answers_supervision import (
    Coverage,
    FollowUps,
    Observations,
    Quality,
    Sar,
    SupervisionSection,
    SupervisionView,
)
from services.reporting.api.registry import Report, routes
from services.reporting.api.supervision_steps import STEPS
from services.reporting.application import supervision, supervision_section
from services.reporting.application.dissemination import dissemination
from services.reporting.application.partnerships import partnerships
from services.reporting.application.training import training


def view(
    name: SupervisionView,
    answer: type[Coverage | FollowUps | Observations | Quality | Sar],
    summary: str,
) -> Report:
    query = partial(supervision.view, view=name.value)
    return Report(
        f"supervision_{name.value.replace('-', '_')}",
        f"/supervision/{name.value}",
        query,
        answer,
        summary,
    )


REPORTS = [
    Report(
        "supervision_section",
        "/supervision",
        supervision_section.section,
        SupervisionSection,
        "Headline supervision figures (Thai labels)",
    ),
    view(SupervisionView.COVERAGE, Coverage, "Schools visited, not visited, not in 30 days"),
    view(SupervisionView.FOLLOW_UPS, FollowUps, "Action items agreed at visits: done, overdue"),
    view(SupervisionView.OBSERVATIONS, Observations, "Classroom observations by level"),
    view(SupervisionView.QUALITY, Quality, "4Q quality: agreements, evaluations, ranking"),
    view(SupervisionView.SAR, Sar, "Schools' self-assessment reports (SAR)"),
    Report(
        "supervision_training",
        "/supervision/training",
        training,
        Training,
        "Personnel development: trainings, hours, participants, schools reached",
    ),
    Report(
        "supervision_partnerships",
        "/supervision/partnerships",
        partnerships,
        Partnerships,
        "Cooperation with partners (form 7): per sector, schools supported",
    ),
    Report(
        "supervision_dissemination",
        "/supervision/dissemination",
        dissemination,
        Dissemination,
        "Dissemination (form 8): records and reach per channel",
    ),
    *STEPS,
]
router = routes(REPORTS, "supervision")
