"""Step 3 (ส่งต้นแบบของหน่วยงาน): model media a supervisor sends to the ESA's schools.

- A dispatch names its media, the schools it goes to (all, a cluster or a list, chosen like a
  campaign's targets), the channel and the day it was sent: not in the future, and at most a
  year back (recorded late, but within the year it belongs to).
- Each school it went to acknowledges, once, the day it received the media: not before the day
  they were sent, not in the future. Another school is refused.
"""

from __future__ import annotations

from datetime import date, timedelta

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.commands.model_media import AcknowledgeModelMedia
from services.needs.domain.days import thai

LATEST_RECORDING = timedelta(days=366)


def dispatch_stream(dispatch_id: str) -> str:
    return f"dispatch-{dispatch_id}"


def receipt_stream(dispatch_id: str, school: str) -> str:
    return f"receipt-{dispatch_id}-{school}"


def sent_from(history: list[DomainEvent]) -> ev.ModelMediaSent:
    first = history[0] if history else None
    if not isinstance(first, ev.ModelMediaSent):
        raise NotFound(
            "ไม่พบรายการส่งสื่อต้นแบบนี้",
            "No such dispatch of model media.",
            code="dispatch_not_found",
            details={"resource": "model_media"},
        )
    return first


def target_of(sent: ev.ModelMediaSent, school: str) -> ev.TargetSchool | None:
    return next((t for t in sent.target_schools if t.school == school), None)


def send_model_media(
    history: list[DomainEvent], sent: ev.ModelMediaSent, today: date
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "บันทึกการส่งนี้แล้ว",
            "This dispatch is recorded already.",
            code="dispatch_exists",
            details={"dispatch_id": sent.dispatch_id},
        )
    require_recent(sent.sent_on, today, "sent_on", "วันที่ส่ง")
    return [sent]


def require_recent(day: date, today: date, field: str, label_th: str) -> None:
    """A day that has come, at most a year back (work is recorded late, not in advance)."""
    if day > today:
        raise InvalidInput(
            f"{label_th}ต้องไม่เลยวันนี้",
            f"{field} must not be in the future.",
            code="day_in_the_future",
            details={"field": field, "today": str(today)},
        )
    if day < today - LATEST_RECORDING:
        raise InvalidInput(
            f"{label_th}ย้อนหลังได้ไม่เกิน 1 ปี",
            f"{field} may be at most a year back.",
            code="day_too_old",
            details={"field": field, "earliest": str(today - LATEST_RECORDING)},
        )


def acknowledge(
    sent: ev.ModelMediaSent,
    history: list[DomainEvent],
    school: str,
    command: AcknowledgeModelMedia,
    today: date,
) -> list[DomainEvent]:
    target = target_of(sent, school)
    if target is None:
        raise RuleViolation(
            "สื่อต้นแบบชุดนี้ไม่ได้ส่งถึงโรงเรียนนี้",
            "These model media were not sent to this school.",
            code="not_a_target_school",
            details={"school": school},
        )
    received = next((e for e in history if isinstance(e, ev.ModelMediaReceived)), None)
    if received is not None:
        raise RuleViolation(
            f"โรงเรียนแจ้งรับสื่อชุดนี้แล้วเมื่อ {thai(received.received_on)}",
            "The school acknowledged these media already.",
            code="already_received",
            details={"received_on": str(received.received_on)},
        )
    day = command.received_on or today
    if not sent.sent_on <= day <= today:
        raise InvalidInput(
            f"วันที่ได้รับต้องอยู่ระหว่าง {thai(sent.sent_on)} ถึงวันนี้",
            "The day received must lie between the day sent and today.",
            code="received_on_invalid",
            details={"field": "received_on", "from": str(sent.sent_on), "to": str(today)},
        )
    facts = sent.model_dump(include={"dispatch_id", "esa", "province", "academic_year", "semester"})
    note = command.note.strip()
    received_event = ev.ModelMediaReceived(
        **facts, school=school, cluster=target.cluster, received_on=day, note=note
    )
    return [received_event]
