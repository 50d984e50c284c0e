"""What the school does to prepare its case: open it, add document versions, record its base
analysis, the school board's approval and the public hearing, and declare or change the type.

Preparation happens while the case is in the school's hands (a draft, or sent back); a type
change is allowed until the final decision and, once the case was submitted, restarts the route.
"""

from __future__ import annotations

from datetime import date

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Case, case_from
from services.curriculum.domain.documents import next_version
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.records import first_of_its_stream
from services.curriculum.domain.reference import (
    FINAL_STAGES,
    PARTNER_GROUPS,
    SCHOOL_STAGES,
    STAGE_LABELS,
    Stage,
)


def open_case(
    history: list[DomainEvent], opened: ev.CurriculumCaseOpened, sandbox_pilot: bool
) -> list[DomainEvent]:
    first_of_its_stream(
        history,
        "โรงเรียนนี้มีคำขอหลักสูตรของปีการศึกษานี้แล้ว",
        "This school already has a curriculum case for this academic year.",
        "case_exists",
        case_id=opened.case_id,
    )
    if not sandbox_pilot:
        raise RuleViolation(
            "หลักสูตรประเภทที่ ๒ และ ๓ จัดทำได้เฉพาะสถานศึกษานำร่องในพื้นที่นวัตกรรมการศึกษา",
            "Only sandbox pilot schools propose type 2 and type 3 curricula.",
            code="not_a_sandbox_pilot_school",
            details={"school": opened.school},
        )
    return [opened]


def add_document(
    history: list[DomainEvent], reference: str, content_hash: str, note: str
) -> list[DomainEvent]:
    case = in_school_hands(case_from(history))
    version = next_version(case.documents, content_hash)
    return [
        ev.CurriculumDocumentVersionAdded(
            **case.facts(),
            document_version=version,
            reference=reference,
            content_hash=content_hash,
            note=note,
        )
    ]


def record_analysis(
    history: list[DomainEvent], summary: str, strengths: list[str], development_needs: list[str]
) -> list[DomainEvent]:
    case = in_school_hands(case_from(history))
    return [
        ev.BaseAnalysisRecorded(
            **case.facts(),
            summary=summary,
            strengths=strengths,
            development_needs=development_needs,
        )
    ]


def record_board_approval(
    history: list[DomainEvent], approved_on: date, resolution: str, today: date
) -> list[DomainEvent]:
    case = in_school_hands(case_from(history))
    not_in_future(approved_on, today, "approved_on")
    return [
        ev.SchoolBoardApprovalRecorded(
            **case.facts(),
            approved_on=approved_on,
            resolution=resolution,
            document_version=_document_version(case),
        )
    ]


def record_hearing(
    history: list[DomainEvent], held_on: date, participants: dict[str, int], today: date
) -> list[DomainEvent]:
    case = in_school_hands(case_from(history))
    not_in_future(held_on, today, "held_on")
    missing = [g for g in PARTNER_GROUPS if participants.get(g, 0) < 1]
    if missing:
        names = ", ".join(PARTNER_GROUPS[g][0] for g in missing)
        raise RuleViolation(
            f"ประชาพิจารณ์ต้องมีผู้แทนภาคีเครือข่ายครบทั้ง ๖ กลุ่ม ยังขาด: {names}",
            "The public hearing must include all six partner groups; missing: "
            + ", ".join(missing),
            code="partner_groups_missing",
            details={"missing": missing},
        )
    return [
        ev.PublicHearingRecorded(
            **case.facts(),
            held_on=held_on,
            participants={g: participants[g] for g in PARTNER_GROUPS},
            total=sum(participants[g] for g in PARTNER_GROUPS),
            document_version=_document_version(case),
        )
    ]


def change_type(history: list[DomainEvent], curriculum_type: int) -> list[DomainEvent]:
    case = not_final(case_from(history))
    if case.curriculum_type == curriculum_type:
        return []
    submitted = case.submissions > 0
    stage = Stage.SCREENING if case.stage not in SCHOOL_STAGES else case.stage
    facts = case.facts() | {"curriculum_type": curriculum_type}
    return [
        ev.CurriculumTypeChanged(
            **facts,
            previous_type=case.curriculum_type,
            stage=stage,
            route_restarted=submitted,
        )
    ]


def in_school_hands(case: Case) -> Case:
    not_final(case)
    if case.stage not in SCHOOL_STAGES:
        th, en = STAGE_LABELS[case.stage]
        raise RuleViolation(
            f"คำขออยู่ระหว่างการพิจารณา ({th}) แก้ไขได้เมื่อถูกส่งกลับหรือถอนเรื่องแล้วเท่านั้น",
            f"The case is under review ({en}); it can change only after it is sent back.",
            code="case_under_review",
            details={"stage": case.stage.value},
        )
    return case


def not_final(case: Case) -> Case:
    if case.stage in FINAL_STAGES:
        th, en = STAGE_LABELS[case.stage]
        raise RuleViolation(
            f"คำขอนี้สิ้นสุดแล้ว ({th})",
            f"This case is closed ({en}).",
            code="case_closed",
            details={"stage": case.stage.value},
        )
    return case


def not_in_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise InvalidInput(
            "วันที่ต้องไม่เป็นวันในอนาคต",
            f"{field} must not be in the future.",
            code="date_in_future",
            details={"field": field},
        )


def _document_version(case: Case) -> int:
    latest = case.latest_document
    if latest is None:
        raise RuleViolation(
            "กรุณาแนบเอกสารหลักสูตรก่อน",
            "Attach the curriculum document first.",
            code="no_document",
            details={"missing": ["document"]},
        )
    return latest.version
