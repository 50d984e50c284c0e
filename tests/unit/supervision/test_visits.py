"""Visit records: offline drafts, revisions without silent overwrite, the school's answer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kit.errors import Conflict, InvalidInput, NotFound, RuleViolation
from services.supervision.domain import visits
from services.supervision.domain.events.parts import ActionItem
from services.supervision.domain.events.visits import VisitAcknowledged, VisitRevised
from tests.unit.supervision.examples import JUNE_10, recorded


def test_an_offline_draft_keeps_when_it_happened_and_when_it_was_recorded() -> None:
    [event] = visits.record_visit([], recorded())
    assert event.occurred_at == JUNE_10 and event.recorded_at > event.occurred_at  # type: ignore[attr-defined]


def test_sending_the_same_draft_twice_records_it_once() -> None:
    history = visits.record_visit([], recorded())
    assert visits.record_visit(history, recorded(recorded_at=datetime.now(UTC))) == []


def test_a_different_record_under_an_existing_id_is_a_conflict() -> None:
    history = visits.record_visit([], recorded())
    with pytest.raises(Conflict) as clash:
        visits.record_visit(history, recorded(findings="อื่น"))
    assert clash.value.code == "visit_exists"


def test_a_visit_cannot_happen_in_the_future() -> None:
    later = JUNE_10 + timedelta(days=5)
    with pytest.raises(InvalidInput):
        visits.record_visit([], recorded(at=later, occurred_on=later.date()))


def test_an_action_item_cannot_be_due_before_the_visit() -> None:
    early = ActionItem(item_id="a1", description="x", owner="ครู", due_on=date(2026, 6, 1))
    with pytest.raises(InvalidInput) as bad:
        visits.record_visit([], recorded(action_items=[early]))
    assert bad.value.code == "due_before_visit"


def test_a_revision_from_the_current_revision_is_applied() -> None:
    history = [recorded()]
    [revised] = visits.revise_visit(history, 1, {"findings": "ใหม่"}, [])
    assert isinstance(revised, VisitRevised) and revised.revision == 2
    assert revised.changes == {"findings": "ใหม่"}


def test_an_edit_from_an_old_revision_is_shown_as_a_conflict_not_overwritten() -> None:
    history = [recorded(), *visits.revise_visit([recorded()], 1, {"findings": "ฉบับ 2"}, [])]
    with pytest.raises(Conflict) as clash:
        visits.revise_visit(history, 1, {"findings": "ของฉัน", "focus": "x"}, [])
    details = clash.value.details
    assert clash.value.code == "visit_edit_conflict" and clash.value.status == 409
    assert details["changed_since_your_base"] == {"findings": "ฉบับ 2"}
    assert details["conflicting_fields"] == ["findings"] and details["current_revision"] == 2


def test_a_revision_that_changes_nothing_records_nothing() -> None:
    assert visits.revise_visit([recorded()], 1, {"findings": "ครูใช้สื่อได้ดี"}, []) == []


def test_the_school_acknowledges_the_revision_it_read_once() -> None:
    history = [recorded()]
    [ack] = visits.acknowledge(history, 1, "kanya")
    assert isinstance(ack, VisitAcknowledged)
    assert visits.acknowledge([*history, ack], 1, "kanya") == []


def test_the_school_must_read_the_newest_revision_before_answering() -> None:
    history = [recorded(), *visits.revise_visit([recorded()], 1, {"findings": "2"}, [])]
    with pytest.raises(Conflict) as stale:
        visits.acknowledge(history, 1, "kanya")
    assert stale.value.code == "stale_revision"


def test_a_visit_is_placed_at_its_school_and_cluster() -> None:
    place = visits.visit_from([recorded()]).place
    assert (place.school, place.cluster, place.esa) == ("1042060101", "loei-3-nahaeo", "loei-3")


def test_a_dispute_keeps_the_comment_and_an_acknowledged_revision_cannot_be_disputed() -> None:
    [disputed] = visits.dispute([recorded()], 1, "kanya", "ข้อค้นพบไม่ตรง")
    assert disputed.comment == "ข้อค้นพบไม่ตรง"  # type: ignore[attr-defined]
    acked = [recorded(), *visits.acknowledge([recorded()], 1, "kanya")]
    with pytest.raises(RuleViolation):
        visits.dispute(acked, 1, "kanya", "x")


def test_an_unknown_visit_is_not_found() -> None:
    with pytest.raises(NotFound):
        visits.visit_from([])
