"""The media service (form 4): a school asks, a supervisor answers, the school rates.

requested -> accepted -> (scheduled, again if need be) -> fulfilled -> rated by the school;
requested / accepted / scheduled -> declined with a reason. A request is due on the day the
school needs it by (30 days after asking when it gave none), or on the day it was scheduled
for; unfulfilled after that it counts as overdue.
"""

from __future__ import annotations

from datetime import date, timedelta

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.days import thai
from services.needs.domain.vocabulary import ServiceKind

DEFAULT_DUE = timedelta(days=30)
FACTS = {"request_id", "school", "cluster", "esa", "province", "academic_year", "semester", "kind"}
STATUS_TH = {
    "requested": "รอพิจารณา",
    "accepted": "รับคำขอแล้ว",
    "scheduled": "นัดหมายแล้ว",
    "fulfilled": "ให้บริการแล้ว",
    "declined": "ไม่สามารถให้บริการได้",
}


def request_stream(request_id: str) -> str:
    return f"service-{request_id}"


def improvement_stream(improvement_id: str) -> str:
    return f"improvement-{improvement_id}"


def due_on(requested_on: date, needed_by: date | None) -> date:
    return needed_by or requested_on + DEFAULT_DUE


def requested_from(history: list[DomainEvent]) -> ev.ServiceRequested:
    first = history[0] if history else None
    if not isinstance(first, ev.ServiceRequested):
        raise NotFound("ไม่พบคำขอรับบริการนี้", "No such service request.", code="request_not_found")
    return first


def status(history: list[DomainEvent]) -> str:
    current = "requested"
    for e in history:
        match e:
            case ev.ServiceRequestAccepted():
                current = "accepted"
            case ev.ServiceScheduled():
                current = "scheduled"
            case ev.ServiceFulfilled():
                current = "fulfilled"
            case ev.ServiceRequestDeclined():
                current = "declined"
    return current


def request_service(
    history: list[DomainEvent], requested: ev.ServiceRequested
) -> list[DomainEvent]:
    if history:
        raise RuleViolation("มีคำขอนี้แล้ว", "This request exists already.", code="request_exists")
    if requested.needed_by is not None and requested.needed_by < requested.requested_on:
        raise InvalidInput(
            "วันที่ต้องการใช้ต้องไม่ก่อนวันนี้",
            "needed_by must not be in the past.",
            code="needed_by_in_the_past",
        )
    if requested.kind is ServiceKind.EQUIPMENT_LOAN and not requested.items:
        raise InvalidInput(
            "กรุณาระบุรายการวัสดุอุปกรณ์ที่ขอยืม",
            "An equipment loan lists the items asked for.",
            code="items_required",
        )
    return [requested]


def _move(history: list[DomainEvent], allowed: set[str], action_th: str) -> ev.ServiceRequested:
    requested = requested_from(history)
    now = status(history)
    if now not in allowed:
        raise RuleViolation(
            f"{action_th}ไม่ได้ คำขอนี้อยู่ในสถานะ “{STATUS_TH[now]}”",
            f"Not possible while the request is {now}.",
            code="request_state",
            details={"status": now},
        )
    return requested


def accept(history: list[DomainEvent], note: str, today: date) -> list[DomainEvent]:
    r = _move(history, {"requested"}, "รับคำขอ")
    return [
        ev.ServiceRequestAccepted(
            **r.model_dump(include=FACTS), note=note.strip(), accepted_on=today
        )
    ]


def schedule(history: list[DomainEvent], on: date, note: str, today: date) -> list[DomainEvent]:
    r = _move(history, {"accepted", "scheduled"}, "นัดหมาย")
    if on < today:
        raise InvalidInput(
            "วันนัดหมายต้องไม่ก่อนวันนี้",
            "The scheduled day must not be in the past.",
            code="scheduled_in_the_past",
        )
    return [
        ev.ServiceScheduled(
            **r.model_dump(include=FACTS), scheduled_on=on, note=note.strip(), due_on=on
        )
    ]


def fulfil(history: list[DomainEvent], on: date, note: str, today: date) -> list[DomainEvent]:
    r = _move(history, {"accepted", "scheduled"}, "บันทึกการให้บริการ")
    if not r.requested_on <= on <= today:
        raise InvalidInput(
            f"วันที่ให้บริการต้องอยู่ระหว่าง {thai(r.requested_on)} ถึงวันนี้",
            "The fulfilment day must lie between the request day and today.",
            code="fulfilled_on_invalid",
        )
    return [ev.ServiceFulfilled(**r.model_dump(include=FACTS), fulfilled_on=on, note=note.strip())]


def decline(history: list[DomainEvent], reason: str, today: date) -> list[DomainEvent]:
    r = _move(history, {"requested", "accepted", "scheduled"}, "ปฏิเสธคำขอ")
    if not reason.strip():
        raise InvalidInput("กรุณาระบุเหตุผล", "A reason is required.", code="reason_required")
    return [
        ev.ServiceRequestDeclined(
            **r.model_dump(include=FACTS), reason=reason.strip(), declined_on=today
        )
    ]


def rate(history: list[DomainEvent], rating: int, comment: str, today: date) -> list[DomainEvent]:
    r = _move(history, {"fulfilled"}, "ประเมินความพึงพอใจ")
    if any(isinstance(e, ev.ServiceRated) for e in history):
        raise RuleViolation(
            "ประเมินความพึงพอใจของบริการนี้แล้ว", "This service was rated already.", code="already_rated"
        )
    if not 1 <= rating <= 5:
        raise InvalidInput(
            "คะแนนความพึงพอใจ 1 ถึง 5", "Ratings run from 1 to 5.", code="rating_out_of_range"
        )
    return [
        ev.ServiceRated(
            **r.model_dump(include=FACTS), rating=rating, comment=comment.strip(), rated_on=today
        )
    ]


def record_improvement(
    history: list[DomainEvent], recorded: ev.ServiceImprovementRecorded
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "บันทึกนี้มีแล้ว", "This improvement is recorded already.", code="improvement_exists"
        )
    if not recorded.finding.strip() or not recorded.action.strip():
        raise InvalidInput(
            "กรุณาระบุสิ่งที่พบและการปรับปรุง",
            "Both the finding and the action are required.",
            code="improvement_incomplete",
        )
    if len(set(recorded.request_ids)) != len(recorded.request_ids):
        raise InvalidInput("รหัสคำขอซ้ำกัน", "Request ids repeat.", code="request_ids_repeat")
    return [recorded]
