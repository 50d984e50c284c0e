"""The events of an exchange forum (เวทีแลกเปลี่ยนเรียนรู้; stream `forum-<id>`, tenant = the
ESA that held it)."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.curriculum.domain.events.parts import ForumParticipant


class ForumEvent(DomainEvent):
    forum_id: str
    esa: str
    province: str
    academic_year: int  # B.E., of the day it was held
    semester: int


class ExchangeForumRecorded(ForumEvent):
    """The ESA held an exchange forum for the pilot schools' teachers: when, how, on what."""

    type = "curriculum.ExchangeForumRecorded"
    title: str
    held_on: date
    format: str  # onsite, online, hybrid
    venue: str
    topics: list[str]


class ForumParticipantsRecorded(ForumEvent):
    """Who took part: teachers and administrators per school, and others.

    A new record replaces the previous one."""

    type = "curriculum.ForumParticipantsRecorded"
    schools: list[ForumParticipant]
    others: int
    teachers: int
    administrators: int
    total: int


class ForumOutcomesRecorded(ForumEvent):
    """What the forum produced: outcomes, good practices presented, next steps."""

    type = "curriculum.ForumOutcomesRecorded"
    outcomes: list[str]
    good_practices: list[str]
    next_steps: list[str]


FORUM_EVENTS: list[type[DomainEvent]] = [
    ExchangeForumRecorded,
    ForumParticipantsRecorded,
    ForumOutcomesRecorded,
]
