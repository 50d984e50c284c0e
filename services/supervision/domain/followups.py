"""Follow-up: action items verified at later visits, overdue by themselves, and follow-up
supervision scheduled when a school's curriculum is approved."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kit.errors import NotFound, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import schools as sch
from services.supervision.domain.events import visits as ev
from services.supervision.domain.terms import thai_day
from services.supervision.domain.visits import Visit, visit_from

FOLLOW_UP_WITHIN_DAYS = 60
CURRICULUM_FOCUS_TH = "นิเทศ ติดตามการใช้หลักสูตรสถานศึกษาฐานสมรรถนะ"


def verify_item(
    history: list[DomainEvent], item_id: str, later: Visit, outcome: str, note: str
) -> list[DomainEvent]:
    """An item is verified at a later visit to the same school; `done` closes it."""
    visit = visit_from(history)
    if item_id not in visit.items:
        raise NotFound("ไม่พบข้อตกลงนี้ในบันทึกการนิเทศ", "No such action item in this visit.")
    if item_id in visit.closed_items:
        raise RuleViolation(
            "ข้อตกลงนี้ดำเนินการเสร็จแล้ว", "This action item is already done.", code="item_closed"
        )
    first, then = visit.recorded, later.recorded
    if then.school != first.school or then.occurred_at <= first.occurred_at:
        raise RuleViolation(
            "ตรวจติดตามได้ในการนิเทศครั้งต่อมาที่โรงเรียนเดียวกันเท่านั้น",
            "An action item is verified at a later visit to the same school.",
            code="not_a_later_visit",
        )
    return [
        ev.ActionItemVerified(
            **visit.facts(),
            item_id=item_id,
            at_visit_id=then.visit_id,
            verified_on=then.occurred_on,
            outcome=outcome,
            note=note,
        )
    ]


def mark_overdue(history: list[DomainEvent], item_id: str, today: date) -> list[DomainEvent]:
    """Past its due day and not done: overdue, once. Anything else: nothing."""
    visit = visit_from(history)
    item = visit.items.get(item_id)
    if item is None or item_id in visit.closed_items or item_id in visit.overdue_items:
        return []
    if today <= item.due_on:
        return []
    return [
        ev.ActionItemBecameOverdue(
            **visit.facts(), item_id=item_id, due_on=item.due_on, overdue_on=today
        )
    ]


def follow_up_stream(school: str, year: int) -> str:
    return f"followup-{school}-{year}"


def schedule_curriculum_follow_up(
    history: list[DomainEvent],
    follow_up_id: str,
    where: dict[str, str],
    case_id: str,
    academic_year: int,
    curriculum_type: int,
    approved_by: str,
    approved_at: datetime,
) -> list[DomainEvent]:
    """Once per approved curriculum case, however often the approval is delivered."""
    if any(
        isinstance(e, sch.FollowUpSupervisionScheduled) and e.case_id == case_id for e in history
    ):
        return []
    return [
        sch.FollowUpSupervisionScheduled(
            **where,
            academic_year=academic_year,
            follow_up_id=follow_up_id,
            case_id=case_id,
            curriculum_type=curriculum_type,
            approved_by=approved_by,
            approved_at=approved_at,
            due_by=thai_day(approved_at) + timedelta(days=FOLLOW_UP_WITHIN_DAYS),
            focus_th=CURRICULUM_FOCUS_TH,
        )
    ]
