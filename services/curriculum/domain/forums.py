"""Exchange forums (เวทีแลกเปลี่ยนเรียนรู้, seed 003 item 4.5): an ESA holds a forum where the
pilot schools' teachers share their competency-based teaching. The ESA records the forum once
it has been held (when, how, on which topics), who took part per school, and its outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kit.events import DomainEvent
from kit.thai import academic_year, semester
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.teaching import (
    RecordExchangeForum,
    RecordForumOutcomes,
    RecordForumParticipants,
)
from services.curriculum.domain.events import forums as ev
from services.curriculum.domain.events.parts import ForumParticipant
from services.curriculum.domain.preparation import not_in_future
from services.curriculum.domain.records import fold_record, found
from services.curriculum.domain.schools import School, refuse_schools


def forum_stream(forum_id: str) -> str:
    return f"forum-{forum_id}"


@dataclass(frozen=True)
class Forum:
    recorded: ev.ExchangeForumRecorded
    participants: ev.ForumParticipantsRecorded | None = None
    outcomes: ev.ForumOutcomesRecorded | None = None

    def facts(self) -> dict[str, object]:
        return self.recorded.model_dump(include=set(ev.ForumEvent.model_fields))

    def took_part(self, school: str) -> bool:
        schools = self.participants.schools if self.participants else []
        return any(p.school == school for p in schools)


def _then(forum: Forum, e: DomainEvent) -> Forum:
    if isinstance(e, ev.ForumParticipantsRecorded):
        return replace(forum, participants=e)
    if isinstance(e, ev.ForumOutcomesRecorded):
        return replace(forum, outcomes=e)
    return forum


def fold(history: list[DomainEvent]) -> Forum | None:
    return fold_record(history, ev.ExchangeForumRecorded, Forum, _then)


def forum_from(history: list[DomainEvent], forum_id: str = "") -> Forum:
    forum = fold(history)
    return found(forum, "เวทีแลกเปลี่ยนเรียนรู้", "exchange forum", "forum_not_found", forum_id=forum_id)


def record(
    history: list[DomainEvent],
    forum_id: str,
    esa: str,
    province: str,
    command: RecordExchangeForum,
    actor: Actor,
) -> list[DomainEvent]:
    if history:
        return []  # a forum is recorded once (its id is new)
    not_in_future(command.held_on, actor.today, "held_on")
    return [
        ev.ExchangeForumRecorded(
            forum_id=forum_id,
            esa=esa,
            province=province,
            academic_year=academic_year(command.held_on),
            semester=semester(command.held_on),
            **command.model_dump(mode="json"),
        )
    ]


def record_participants(
    history: list[DomainEvent], command: RecordForumParticipants, known: dict[str, School]
) -> list[DomainEvent]:
    """`known`: the ESA's schools as the service knows them (from its view)."""
    forum = forum_from(history)
    esa = forum.recorded.esa
    refuse_schools(
        (p.school for p in command.schools if p.school not in known or known[p.school].esa != esa),
        "ไม่พบโรงเรียนเหล่านี้ในเขตพื้นที่การศึกษาที่จัดเวที",
        "These schools are not in the ESA that held the forum.",
        "schools_not_in_esa",
    )
    schools = [
        ForumParticipant(
            **known[p.school].place.model_dump(),
            teachers=p.teachers,
            administrators=p.administrators,
        )
        for p in command.schools
    ]
    teachers = sum(p.teachers for p in schools)
    administrators = sum(p.administrators for p in schools)
    return [
        ev.ForumParticipantsRecorded(
            **forum.facts(),
            schools=schools,
            others=command.others,
            teachers=teachers,
            administrators=administrators,
            total=teachers + administrators + command.others,
        )
    ]


def record_outcomes(history: list[DomainEvent], command: RecordForumOutcomes) -> list[DomainEvent]:
    forum = forum_from(history)
    return [ev.ForumOutcomesRecorded(**forum.facts(), **command.model_dump())]
