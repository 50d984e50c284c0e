"""Submitting a case (and resubmitting it after a send-back) and withdrawing it.

A first submission goes to the provincial academic subcommittee. A resubmission after a
send-back goes back to the committee that sent it back, with a new document version, unless
the type changed since: then the route starts again at screening.
"""

from __future__ import annotations

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Actor, Case, case_from
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.preparation import in_school_hands, not_final
from services.curriculum.domain.reference import Stage

# What a submission needs: code -> (Thai, English).
REQUIREMENTS = {
    "document": ("เอกสารหลักสูตร", "The curriculum document"),
    "base_analysis": ("ผลการวิเคราะห์ฐานทุนของโรงเรียน", "The school's base analysis"),
    "school_board_approval": (
        "มติเห็นชอบของคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
        "The school board's approval",
    ),
    "public_hearing": (
        "การประชาพิจารณ์ภาคีเครือข่าย ๖ กลุ่ม (มาตรา ๒๖)",
        "The public hearing with the six partner groups (section 26)",
    ),
}


def missing_items(case: Case) -> list[dict[str, str]]:
    """What is still missing for a submission: each code with its Thai and English label."""
    return [
        {"item": m, "label_th": REQUIREMENTS[m][0], "label_en": REQUIREMENTS[m][1]}
        for m in missing_requirements(case)
    ]


def missing_requirements(case: Case) -> list[str]:
    present = {
        "document": case.latest_document is not None,
        "base_analysis": case.analysis is not None,
        "school_board_approval": case.board_approval is not None,
        "public_hearing": case.hearing is not None,
    }
    return [name for name, ok in present.items() if not ok]


def submit(history: list[DomainEvent], actor: Actor) -> list[DomainEvent]:
    case = in_school_hands(case_from(history))
    missing = missing_items(case)
    if missing:
        raise RuleViolation(
            "ยังส่งหลักสูตรไม่ได้ เพราะยังไม่ได้บันทึก: " + ", ".join(m["label_th"] for m in missing),
            "The curriculum cannot be submitted yet; missing: "
            + ", ".join(m["label_en"].lower() for m in missing),
            code="submission_incomplete",
            details={"missing": [m["item"] for m in missing], "items": missing},
        )
    if case.stage is Stage.RETURNED and not case.revised_since_return:
        raise RuleViolation(
            "หลักสูตรถูกส่งกลับให้ปรับปรุง กรุณาแนบเอกสารฉบับปรับปรุงก่อนส่งใหม่",
            "The case was sent back: attach a revised document version before resubmitting.",
            code="revision_required",
            details={
                "sent_back_by": case.returned_from.value if case.returned_from else None,
                "document_version": case.latest_document.version if case.latest_document else 0,
            },
        )
    document = case.latest_document
    assert document is not None  # checked by missing_requirements
    return [
        ev.CurriculumSubmitted(
            **case.facts(),
            submission_no=case.submissions + 1,
            resubmission=case.submissions > 0,
            document_version=document.version,
            content_hash=document.content_hash,
            stage=_destination(case),
            submitted_by=actor.id,
            submitted_at=actor.at,
        )
    ]


def _destination(case: Case) -> Stage:
    if case.stage is Stage.DRAFT or case.restart_route or case.returned_from is None:
        return Stage.SCREENING
    return case.returned_from


def withdraw(history: list[DomainEvent], reason: str, actor: Actor) -> list[DomainEvent]:
    case = not_final(case_from(history))
    return [
        ev.CurriculumWithdrawn(
            **case.facts(),
            previous_stage=case.stage,
            stage=Stage.WITHDRAWN,
            reason=reason,
            withdrawn_by=actor.id,
            withdrawn_at=actor.at,
        )
    ]
