"""A curriculum case as it stands after a sequence of its events (a pure fold).

The same fold answers commands (the current state) and "time travel" (the state after the
events up to a moment). Nothing here reads a clock or a store.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kit.errors import NotFound
from kit.events import DomainEvent
from services.curriculum.domain.documents import Document
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.reference import BANGKOK, Stage


def case_id_of(school: str, academic_year: int) -> str:
    return f"{school}-{academic_year}"


def case_stream(case_id: str) -> str:
    return f"case-{case_id}"


@dataclass(frozen=True)
class Actor:
    """Who acts, in which role, and when (from the token and the clock)."""

    id: str
    name: str
    role: str
    at: datetime

    @property
    def today(self) -> date:
        """The Thai date of the moment the actor acts."""
        return self.at.astimezone(BANGKOK).date()


@dataclass(frozen=True)
class Case:
    opened: ev.CurriculumCaseOpened
    curriculum_type: int
    stage: Stage
    documents: tuple[Document, ...] = ()
    analysis: ev.BaseAnalysisRecorded | None = None
    board_approval: ev.SchoolBoardApprovalRecorded | None = None
    hearing: ev.PublicHearingRecorded | None = None
    submissions: int = 0
    submitted: ev.CurriculumSubmitted | None = None  # the latest submission
    decisions: tuple[ev.Decision, ...] = ()
    reversed_decisions: frozenset[int] = frozenset()
    returned_from: Stage | None = None  # the stage whose committee sent the case back
    revised_since_return: bool = False
    restart_route: bool = False  # the type changed after submission: start at screening
    last_route_event: int = 0  # decision_no of the latest decision when nothing came after it
    withdrawal: ev.CurriculumWithdrawn | None = None
    sent_back: ev.CurriculumSentBack | None = None

    @property
    def case_id(self) -> str:
        return self.opened.case_id

    @property
    def latest_document(self) -> Document | None:
        return self.documents[-1] if self.documents else None

    def facts(self) -> dict[str, Any]:
        """The fields every case event repeats."""
        o = self.opened
        return {
            "case_id": o.case_id,
            "school": o.school,
            "esa": o.esa,
            "province": o.province,
            "academic_year": o.academic_year,
            "curriculum_type": self.curriculum_type,
        }


def case_from(history: list[DomainEvent], case_id: str = "") -> Case:
    case = fold(history)
    if case is None:
        raise case_not_found(case_id)
    return case


def case_not_found(case_id: str) -> NotFound:
    return NotFound(
        "ไม่พบคำขอหลักสูตรนี้",
        "No such curriculum case.",
        code="case_not_found",
        details={"case_id": case_id},
    )


def fold(history: list[DomainEvent]) -> Case | None:
    case: Case | None = None
    for event in history:
        if isinstance(event, ev.CurriculumCaseOpened):
            case = Case(opened=event, curriculum_type=event.curriculum_type, stage=Stage.DRAFT)
        elif case is not None:
            case = _apply(case, event)
    return case


def _apply(case: Case, event: DomainEvent) -> Case:
    match event:
        case ev.CurriculumDocumentVersionAdded():
            doc = Document(event.document_version, event.reference, event.content_hash, event.note)
            return replace(case, documents=(*case.documents, doc), revised_since_return=True)
        case ev.BaseAnalysisRecorded():
            return replace(case, analysis=event)
        case ev.SchoolBoardApprovalRecorded():
            return replace(case, board_approval=event)
        case ev.PublicHearingRecorded():
            return replace(case, hearing=event)
        case ev.CurriculumTypeChanged():
            return replace(
                case,
                curriculum_type=event.curriculum_type,
                stage=Stage(event.stage),
                restart_route=case.restart_route or event.route_restarted,
                last_route_event=0,
            )
        case ev.CurriculumSubmitted():
            return replace(
                case,
                stage=Stage(event.stage),
                submissions=event.submission_no,
                submitted=event,
                restart_route=False,
                last_route_event=0,
            )
        case ev.CurriculumWithdrawn():
            return replace(case, stage=Stage.WITHDRAWN, withdrawal=event, last_route_event=0)
        case ev.Decision():
            return _decided(case, event)
    return case


def _decided(case: Case, decision: ev.Decision) -> Case:
    case = replace(
        case,
        stage=Stage(decision.stage),
        decisions=(*case.decisions, decision),
        last_route_event=decision.decision_no,
    )
    if isinstance(decision, ev.CurriculumSentBack):
        return replace(
            case,
            returned_from=Stage(decision.previous_stage),
            revised_since_return=False,
            sent_back=decision,
        )
    if isinstance(decision, ev.CurriculumDecisionReversed):
        reversed_ = case.reversed_decisions | {decision.reverses_decision_no}
        return replace(case, reversed_decisions=reversed_, last_route_event=0)
    return case


def school_of(case_id: str) -> str:
    """The school code a case id begins with (`1021080101-2569` -> `1021080101`)."""
    return case_id.split("-", 1)[0]
