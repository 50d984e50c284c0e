"""The media service (form 4) and its improvements (form 6)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain import improvements, service
from services.needs.domain.commands.service import (
    AcceptRequest,
    DeclineRequest,
    FulfilRequest,
    RateService,
    ScheduleService,
)
from tests.unit.needs.builders import SCHOOL, TODAY


def requested(**kw: Any) -> ev.ServiceRequested:
    fields: dict[str, Any] = {
        "request_id": "r1",
        "school": SCHOOL,
        "cluster": "loei-3-nahaeo",
        "esa": "loei-3",
        "province": "loei",
        "academic_year": 2569,
        "semester": 1,
        "kind": "training",
        "details": "ขอรับการอบรมการผลิตสื่อดิจิทัล",
        "requested_on": TODAY,
        "due_on": service.due_on(TODAY, kw.get("needed_by")),
    }
    return ev.ServiceRequested(**(fields | kw))


def test_a_request_is_due_when_needed_or_thirty_days_on() -> None:
    assert service.due_on(TODAY, None) == TODAY + timedelta(days=30)
    assert service.due_on(TODAY, date(2026, 6, 10)) == date(2026, 6, 10)


def test_a_school_asks_and_an_equipment_loan_lists_its_items() -> None:
    assert service.request_service([], requested()) == [requested()]
    with pytest.raises(InvalidInput) as exc:
        service.request_service([], requested(kind="equipment_loan"))
    assert exc.value.code == "items_required"
    loan = requested(kind="equipment_loan", items=[ev.RequestedItem(name="แท็บเล็ต", quantity=10)])
    assert service.request_service([], loan)


def test_a_request_cannot_be_needed_in_the_past() -> None:
    with pytest.raises(InvalidInput) as exc:
        service.request_service([], requested(needed_by=TODAY - timedelta(days=1)))
    assert exc.value.code == "needed_by_in_the_past"


def run(history: list[DomainEvent], *steps: Any) -> list[DomainEvent]:
    for step in steps:
        history = [*history, *step(history)]
    return history


def accept(h: list[DomainEvent]) -> list[DomainEvent]:
    return service.accept(h, AcceptRequest(note="รับเรื่อง"), TODAY)


def schedule(h: list[DomainEvent], on: date = TODAY + timedelta(days=5)) -> list[DomainEvent]:
    return service.schedule(h, ScheduleService(scheduled_on=on), TODAY)


def fulfil(h: list[DomainEvent], on: date = TODAY) -> list[DomainEvent]:
    return service.fulfil(h, FulfilRequest(fulfilled_on=on, note="อบรมแล้ว"), TODAY)


def decline(h: list[DomainEvent], reason: str = "เหตุผล") -> list[DomainEvent]:
    return service.decline(h, DeclineRequest(reason=reason), TODAY)


def rate(h: list[DomainEvent], rating: int, comment: str = "") -> list[DomainEvent]:
    return service.rate(h, RateService.model_construct(rating=rating, comment=comment), TODAY)


def test_accept_schedule_fulfil_then_the_school_rates() -> None:
    history = run([requested()], accept, schedule, schedule, fulfil)
    assert service.status(history) == "fulfilled"
    scheduled = [e for e in history if isinstance(e, ev.ServiceScheduled)]
    assert scheduled[-1].due_on == TODAY + timedelta(days=5)
    [rated] = rate(history, 5, "ดีมาก")
    assert (
        isinstance(rated, ev.ServiceRated)
        and rated.academic_year == 2569
        and rated.school == SCHOOL
    )


def test_a_request_is_declined_with_a_reason() -> None:
    [declined] = decline([requested()], "ไม่มีวิทยากรในช่วงเวลาดังกล่าว")
    assert isinstance(declined, ev.ServiceRequestDeclined)
    with pytest.raises(InvalidInput):
        decline([requested()], " ")


@pytest.mark.parametrize(
    ("steps", "action"),
    [
        ((), fulfil),  # not accepted yet
        ((accept,), accept),  # accepted already
        ((accept, fulfil), schedule),  # fulfilled already
        ((accept, fulfil), decline),
        ((decline,), accept),
    ],
)
def test_a_step_out_of_order_is_refused_with_the_current_status(steps: Any, action: Any) -> None:
    history = run([requested()], *steps)
    with pytest.raises(RuleViolation) as exc:
        action(history)
    assert exc.value.code == "request_state"


def test_only_a_fulfilled_service_is_rated_and_only_once() -> None:
    with pytest.raises(RuleViolation):
        rate(run([requested()], accept), 4)
    history = run([requested()], accept, fulfil)
    rated = rate(history, 4)
    with pytest.raises(RuleViolation) as exc:
        rate([*history, *rated], 5)
    assert exc.value.code == "already_rated"
    with pytest.raises(InvalidInput):
        rate(history, 6)


def test_schedules_are_not_in_the_past_and_fulfilment_not_in_the_future() -> None:
    accepted = run([requested()], accept)
    with pytest.raises(InvalidInput):
        schedule(accepted, TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput):
        fulfil(accepted, TODAY + timedelta(days=1))


def test_an_unknown_request_is_not_found() -> None:
    with pytest.raises(NotFound):
        accept([])


def test_an_improvement_says_what_was_found_and_what_changed() -> None:
    recorded = ev.ServiceImprovementRecorded(
        improvement_id="i1",
        esa="loei-3",
        province="loei",
        academic_year=2569,
        finding="โรงเรียนรอรับอุปกรณ์นานเกินไป",
        action="จัดตารางยืมคืนล่วงหน้ารายเดือน",
        request_ids=["r1"],
        recorded_on=TODAY,
    )
    assert improvements.record_improvement([], recorded) == [recorded]
    with pytest.raises(InvalidInput):
        improvements.record_improvement([], recorded.model_copy(update={"action": " "}))
    with pytest.raises(InvalidInput):
        changed = recorded.model_copy(update={"request_ids": ["r1", "r1"]})
        improvements.record_improvement([], changed)
