"""A case as the API answers it: the facts, Thai labels first, and what is still missing."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from services.curriculum.domain.case import Case
from services.curriculum.domain.events.cases import Decision
from services.curriculum.domain.reference import (
    COMMITTEE_LABELS,
    COMMITTEE_STAGE,
    PARTNER_GROUPS,
    STAGE_LABELS,
    Committee,
    PartnerGroup,
)
from services.curriculum.domain.submission import missing_items

WITH_COMMITTEE = {stage: committee for committee, stage in COMMITTEE_STAGE.items()}


def case_answer(case: Case) -> dict[str, Any]:
    o = case.opened
    stage_th, stage_en = STAGE_LABELS[case.stage]
    committee = WITH_COMMITTEE.get(case.stage)
    return {
        "case_id": o.case_id,
        "school": o.school,
        "school_name": o.school_name,
        "cluster": o.cluster,
        "esa": o.esa,
        "province": o.province,
        "academic_year": o.academic_year,
        "title": o.title,
        "curriculum_type": case.curriculum_type,
        "stage": case.stage.value,
        "stage_th": stage_th,
        "stage_en": stage_en,
        "with_committee": committee.value if committee else None,
        "documents": [asdict(d) for d in case.documents],
        "base_analysis": _dump(case.analysis, "summary", "strengths", "development_needs"),
        "school_board_approval": _dump(
            case.board_approval, "approved_on", "resolution", "document_version"
        ),
        "public_hearing": _hearing(case),
        "missing_for_submission": missing_items(case),
        "submissions": case.submissions,
        "submitted": _dump(
            case.submitted,
            "submission_no",
            "document_version",
            "content_hash",
            "submitted_by",
            "submitted_at",
        ),
        "decisions": [_decision(d, case) for d in case.decisions],
        "sent_back": _decision(case.sent_back, case) if case.sent_back else None,
        "withdrawal": _dump(case.withdrawal, "reason", "withdrawn_by", "withdrawn_at"),
    }


def _dump(event: Any, *fields: str) -> dict[str, Any] | None:
    if event is None:
        return None
    data: dict[str, Any] = event.model_dump(mode="json", include=set(fields))
    return data


def _hearing(case: Case) -> dict[str, Any] | None:
    h = case.hearing
    if h is None:
        return None
    return {
        "held_on": h.held_on.isoformat(),
        "total": h.total,
        "document_version": h.document_version,
        "participants": [
            {"group": g, "label_th": PARTNER_GROUPS[PartnerGroup(g)][0], "count": n}
            for g, n in h.participants.items()
        ],
    }


def _decision(d: Decision, case: Case) -> dict[str, Any]:
    data: dict[str, Any] = d.model_dump(
        mode="json",
        exclude={"case_id", "school", "esa", "province", "academic_year"},
    )
    data["committee_th"] = COMMITTEE_LABELS[Committee(d.committee)][0]
    data["reversed"] = d.decision_no in case.reversed_decisions
    return data
