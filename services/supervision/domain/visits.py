"""A visit record: recorded (possibly from an offline draft), revised without silent
overwrites, acknowledged or disputed by the school.

A revision names the revision it was edited from (`base_revision`). When the record changed
since, the edit is refused with 409 and the answer shows what changed and the current values,
so the supervisor merges by hand: nothing is ever silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kit.auth.place import Place
from kit.errors import Conflict, InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import visits as ev
from services.supervision.domain.events.parts import ActionItem

REVISABLE = ("mode", "focus", "policies", "project", "findings", "recommendations", "evidence")
CLOCK_SKEW = timedelta(minutes=5)


def visit_stream(visit_id: str) -> str:
    return f"visit-{visit_id}"


@dataclass
class Visit:
    recorded: ev.VisitRecorded
    revision: int = 1
    fields: dict[str, Any] = field(default_factory=dict)
    changed_at: dict[str, int] = field(default_factory=dict)  # field -> revision that set it
    items: dict[str, ActionItem] = field(default_factory=dict)
    closed_items: set[str] = field(default_factory=set)
    overdue_items: set[str] = field(default_factory=set)
    acknowledged: int = 0  # the revision the school acknowledged (0: none)
    observations: set[str] = field(default_factory=set)

    def facts(self) -> dict[str, Any]:
        """The fields every later event of this visit repeats for its readers."""
        r = self.recorded
        return {k: getattr(r, k) for k in ev.VisitEvent.model_fields}

    @property
    def place(self) -> Place:
        """Where the visit happened: who may act on it is decided from this."""
        r = self.recorded
        return Place.of_school(r.school, r.esa, r.cluster)

    def item_status(self, item_id: str) -> dict[str, Any]:
        done = item_id in self.closed_items
        overdue = item_id in self.overdue_items
        return {"status": "done" if done else "overdue" if overdue else "open", "overdue": overdue}


def visit_from(history: list[DomainEvent]) -> Visit:
    if not history or not isinstance(history[0], ev.VisitRecorded):
        raise NotFound("ไม่พบบันทึกการนิเทศนี้", "No such visit record.")
    first = history[0]
    visit = Visit(first, fields={k: _plain(getattr(first, k)) for k in REVISABLE})
    visit.items = {i.item_id: i for i in first.action_items}
    for e in history[1:]:
        _apply(visit, e)
    return visit


def _apply(visit: Visit, e: DomainEvent) -> None:
    if isinstance(e, ev.VisitRevised):
        visit.revision = e.revision
        visit.fields.update(e.changes)
        visit.changed_at.update({k: e.revision for k in e.changes})
        visit.items.update({i.item_id: i for i in e.added_action_items})
    elif isinstance(e, ev.VisitAcknowledged):
        visit.acknowledged = e.revision
    elif isinstance(e, ev.ClassroomObserved):
        visit.observations.add(e.observation_id)
    elif isinstance(e, ev.ActionItemVerified) and e.outcome == "done":
        visit.closed_items.add(e.item_id)
    elif isinstance(e, ev.ActionItemBecameOverdue):
        visit.overdue_items.add(e.item_id)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    return value


def record_visit(history: list[DomainEvent], recorded: ev.VisitRecorded) -> list[DomainEvent]:
    """Record a visit once. Submitting the same draft again changes nothing."""
    if recorded.occurred_at > recorded.recorded_at + CLOCK_SKEW:
        raise InvalidInput(
            "เวลาที่นิเทศต้องไม่อยู่ในอนาคต",
            "occurred_at must not be in the future.",
            code="visit_in_future",
        )
    _check_items(recorded.action_items, recorded.occurred_on)
    if not history:
        return [recorded]
    first = visit_from(history).recorded
    same = first.model_dump(exclude={"recorded_at"}) == recorded.model_dump(exclude={"recorded_at"})
    if same:
        return []
    raise Conflict(
        "มีบันทึกการนิเทศรหัสนี้แล้วและมีเนื้อหาต่างกัน กรุณาแก้ไขบันทึกเดิมแทน",
        "A different visit record with this id exists; revise it instead.",
        code="visit_exists",
        details={"visit_id": first.visit_id, "revision": len(history)},
    )


def _check_items(items: list[ActionItem], occurred_on: date) -> None:
    ids = [i.item_id for i in items]
    if len(ids) != len(set(ids)):
        raise InvalidInput("รหัสข้อตกลงซ้ำกัน", "Action item ids repeat.", code="duplicate_item_ids")
    if any(i.due_on < occurred_on for i in items):
        raise InvalidInput(
            "วันครบกำหนดต้องไม่ก่อนวันที่นิเทศ",
            "An action item cannot be due before the visit.",
            code="due_before_visit",
        )


def revise_visit(
    history: list[DomainEvent],
    base_revision: int,
    changes: dict[str, Any],
    added_items: list[ActionItem],
) -> list[DomainEvent]:
    visit = visit_from(history)
    if base_revision != visit.revision:
        raise _edit_conflict(visit, base_revision, changes)
    real = {k: v for k, v in changes.items() if visit.fields.get(k) != v}
    clash = set(visit.items) & {i.item_id for i in added_items}
    if clash:
        raise InvalidInput(
            "รหัสข้อตกลงซ้ำกับที่มีอยู่", "Action item ids already used.", code="duplicate_item_ids"
        )
    _check_items(added_items, visit.recorded.occurred_on)
    if not real and not added_items:
        return []
    return [
        ev.VisitRevised(
            **visit.facts(),
            revision=visit.revision + 1,
            base_revision=base_revision,
            changes=real,
            added_action_items=added_items,
        )
    ]


def _edit_conflict(visit: Visit, base: int, changes: dict[str, Any]) -> Conflict:
    since = {k: visit.fields[k] for k, rev in visit.changed_at.items() if rev > base}
    return Conflict(
        "บันทึกนี้ถูกแก้ไขไปแล้วหลังจากที่ท่านเปิดดู กรุณาตรวจสอบการแก้ไขล่าสุดแล้วบันทึกใหม่",
        "The record changed after the revision you edited; review the changes and edit again.",
        code="visit_edit_conflict",
        details={
            "current_revision": visit.revision,
            "your_base_revision": base,
            "changed_since_your_base": since,
            "conflicting_fields": sorted(set(since) & set(changes)),
            "your_changes": changes,
        },
    )


def acknowledge(history: list[DomainEvent], revision: int, by: str) -> list[DomainEvent]:
    visit = _current(history, revision)
    if visit.acknowledged == revision:
        return []
    return [ev.VisitAcknowledged(**visit.facts(), revision=revision, by=by)]


def dispute(history: list[DomainEvent], revision: int, by: str, comment: str) -> list[DomainEvent]:
    visit = _current(history, revision)
    if visit.acknowledged == revision:
        raise RuleViolation(
            "โรงเรียนรับทราบบันทึกฉบับนี้แล้ว",
            "The school already acknowledged this revision.",
            code="already_acknowledged",
        )
    return [ev.VisitDisputed(**visit.facts(), revision=revision, by=by, comment=comment)]


def _current(history: list[DomainEvent], revision: int) -> Visit:
    """The visited school answers the revision it read; a newer one must be read first (only
    the visited school answers: the caller's check on `Visit.place` is the application's)."""
    visit = visit_from(history)
    if revision != visit.revision:
        raise Conflict(
            "บันทึกการนิเทศมีฉบับแก้ไขใหม่กว่าที่ท่านอ่าน กรุณาอ่านฉบับล่าสุด",
            "The record has a newer revision than the one you read; read it first.",
            code="stale_revision",
            details={"current_revision": visit.revision, "your_revision": revision},
        )
    return visit
