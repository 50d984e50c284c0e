"""Appointed committees and teams (คำสั่งแต่งตั้ง): one chair, each person once, and who may
record a committee's work (a member named by their person id); the province's supervision
committee (sandbox manual, item 7.1)."""

from __future__ import annotations

from collections import Counter

from kit.errors import Forbidden, InvalidInput
from kit.events import DomainEvent
from services.supervision.domain.events.parts import Member
from services.supervision.domain.events.province import SupervisionCommitteeAppointed


def check_members(members: list[Member]) -> None:
    chairs = sum(m.role == "chair" for m in members)
    if chairs != 1:
        raise InvalidInput(
            "คำสั่งแต่งตั้งต้องมีประธานกรรมการหนึ่งคน",
            "An appointment names exactly one chair.",
            code="one_chair_required",
            details={"chairs": chairs},
        )
    people = Counter(m.person for m in members if m.person)
    twice = sorted(p for p, n in people.items() if n > 1)
    if twice:
        raise InvalidInput(
            "รายชื่อกรรมการซ้ำกัน",
            "A person is listed twice.",
            code="duplicate_members",
            details={"people": twice},
        )


def require_member(members: list[Member], person: str) -> Member:
    """The member `person` is; a caller who is not one may not record the committee's work."""
    found = next((m for m in members if m.person == person), None)
    if found is None:
        raise Forbidden(
            "เฉพาะกรรมการตามคำสั่งแต่งตั้งเท่านั้นที่บันทึกได้",
            "Only a member named in the appointment may record this.",
            code="not_a_committee_member",
        )
    return found


def supervision_committee_stream(province: str, year: int) -> str:
    return f"supervisioncommittee-{province}-{year}"


def appoint_supervision_committee(
    history: list[DomainEvent], appointed: SupervisionCommitteeAppointed
) -> list[DomainEvent]:
    """Item 7.1: the provincial driving committee's order; a new order supersedes the last."""
    check_members(appointed.members)
    last = history[-1] if history else None
    return [] if last is not None and last.model_dump() == appointed.model_dump() else [appointed]
