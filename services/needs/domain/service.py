"""The media service (form 4): a school asks, a supervisor answers, the school rates.

requested -> accepted -> (scheduled, again if need be) -> fulfilled -> rated by the school;
requested / accepted / scheduled -> declined with a reason. A request is due on the day the
school needs it by (30 days after asking when it gave none), or on the day it was scheduled
for; unfulfilled after that it counts as overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.commands.service import (
    AcceptRequest,
    DeclineRequest,
    FulfilRequest,
    RateService,
    ScheduleService,
)
from services.needs.domain.days import thai
from services.needs.domain.reasons import reason_given
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


def due_on(requested_on: date, needed_by: date | None) -> date:
    return needed_by or requested_on + DEFAULT_DUE


def requested_from(history: list[DomainEvent]) -> ev.ServiceRequested:
    first = history[0] if history else None
    if not isinstance(first, ev.ServiceRequested):
        raise NotFound(
            "ไม่พบคำขอรับบริการนี้",
            "No such service request.",
            code="request_not_found",
            details={"resource": "service_request"},
        )
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


def summary(history: list[DomainEvent]) -> dict[str, Any]:
    """What a command on a request answers: its identity and where it stands."""
    requested = requested_from(history)
    rated = next((e for e in history if isinstance(e, ev.ServiceRated)), None)
    due = next((e.due_on for e in reversed(history) if isinstance(e, ev.ServiceScheduled)), None)
    return {
        "request_id": requested.request_id,
        "school": requested.school,
        "kind": requested.kind,
        "status": status(history),
        "due_on": str(due or requested.due_on),
        "rating": rated.rating if rated else None,
    }


def request_service(
    history: list[DomainEvent], requested: ev.ServiceRequested
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "มีคำขอนี้แล้ว",
            "This request exists already.",
            code="request_exists",
            details={"request_id": requested.request_id},
        )
    if requested.needed_by is not None and requested.needed_by < requested.requested_on:
        raise InvalidInput(
            "วันที่ต้องการใช้ต้องไม่ก่อนวันนี้",
            "needed_by must not be in the past.",
            code="needed_by_in_the_past",
            details={"field": "needed_by", "today": str(requested.requested_on)},
        )
    if requested.kind is ServiceKind.EQUIPMENT_LOAN and not requested.items:
        raise InvalidInput(
            "กรุณาระบุรายการวัสดุอุปกรณ์ที่ขอยืม",
            "An equipment loan lists the items asked for.",
            code="items_required",
            details={"field": "items"},
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


def accept(history: list[DomainEvent], command: AcceptRequest, today: date) -> list[DomainEvent]:
    r = _move(history, {"requested"}, "รับคำขอ")
    note = command.note.strip()
    return [ev.ServiceRequestAccepted(**r.model_dump(include=FACTS), note=note, accepted_on=today)]


def schedule(
    history: list[DomainEvent], command: ScheduleService, today: date
) -> list[DomainEvent]:
    r = _move(history, {"accepted", "scheduled"}, "นัดหมาย")
    on = command.scheduled_on
    if on < today:
        raise InvalidInput(
            "วันนัดหมายต้องไม่ก่อนวันนี้",
            "The scheduled day must not be in the past.",
            code="scheduled_in_the_past",
            details={"field": "scheduled_on", "today": str(today)},
        )
    facts = r.model_dump(include=FACTS)
    return [ev.ServiceScheduled(**facts, scheduled_on=on, note=command.note.strip(), due_on=on)]


def fulfil(history: list[DomainEvent], command: FulfilRequest, today: date) -> list[DomainEvent]:
    r = _move(history, {"accepted", "scheduled"}, "บันทึกการให้บริการ")
    on = command.fulfilled_on or today
    if not r.requested_on <= on <= today:
        raise InvalidInput(
            f"วันที่ให้บริการต้องอยู่ระหว่าง {thai(r.requested_on)} ถึงวันนี้",
            "The fulfilment day must lie between the request day and today.",
            code="fulfilled_on_invalid",
            details={"field": "fulfilled_on", "from": str(r.requested_on), "to": str(today)},
        )
    note = command.note.strip()
    return [ev.ServiceFulfilled(**r.model_dump(include=FACTS), fulfilled_on=on, note=note)]


def decline(history: list[DomainEvent], command: DeclineRequest, today: date) -> list[DomainEvent]:
    r = _move(history, {"requested", "accepted", "scheduled"}, "ปฏิเสธคำขอ")
    reason = reason_given(command.reason)
    facts = r.model_dump(include=FACTS)
    return [ev.ServiceRequestDeclined(**facts, reason=reason, declined_on=today)]


def rate(history: list[DomainEvent], command: RateService, today: date) -> list[DomainEvent]:
    r = _move(history, {"fulfilled"}, "ประเมินความพึงพอใจ")
    rated = next((e for e in history if isinstance(e, ev.ServiceRated)), None)
    if rated is not None:
        raise RuleViolation(
            "ประเมินความพึงพอใจของบริการนี้แล้ว",
            "This service was rated already.",
            code="already_rated",
            details={"rating": rated.rating, "rated_on": str(rated.rated_on)},
        )
    if not 1 <= command.rating <= 5:
        raise InvalidInput(
            "คะแนนความพึงพอใจ 1 ถึง 5",
            "Ratings run from 1 to 5.",
            code="rating_out_of_range",
            details={"field": "rating"},
        )
    comment = command.comment.strip()
    facts = r.model_dump(include=FACTS)
    return [ev.ServiceRated(**facts, rating=command.rating, comment=comment, rated_on=today)]
