"""Exchange forums: recorded once held, with participants per school of the ESA that held it
and the forum's outcomes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain import forums
from services.curriculum.domain.commands.teaching import (
    RecordExchangeForum,
    RecordForumOutcomes,
    RecordForumParticipants,
)
from services.curriculum.domain.events import forums as ev
from tests.unit.curriculum.practice import KNOWN, PILOT, PILOT_2, SUPERVISOR, TODAY, then

FORUM_ID = "01a200cd-0000-7000-8000-000000000f01"


def forum(held_on: object = TODAY) -> RecordExchangeForum:
    return RecordExchangeForum.model_validate(
        {
            "title": "เวทีแลกเปลี่ยนเรียนรู้ครูสถานศึกษานำร่อง ครั้งที่ 1",
            "held_on": str(held_on),
            "format": "hybrid",
            "topics": ["การออกแบบหน่วยบูรณาการ", "การประเมินด้วยรูบริก"],
        }
    )


def held() -> list[DomainEvent]:
    return forums.record([], FORUM_ID, "rayong-2", "rayong", forum(), SUPERVISOR)


def participants(*schools: str, others: int = 0) -> RecordForumParticipants:
    rows = [{"school": s, "teachers": 4, "administrators": 1} for s in schools]
    return RecordForumParticipants.model_validate({"schools": rows, "others": others})


def test_a_forum_is_recorded_with_its_academic_year_and_semester() -> None:
    [recorded] = held()
    assert isinstance(recorded, ev.ExchangeForumRecorded)
    assert (recorded.academic_year, recorded.semester, recorded.format) == (2569, 1, "hybrid")
    with pytest.raises(InvalidInput) as refused:
        forums.record(
            [], FORUM_ID, "rayong-2", "rayong", forum(TODAY + timedelta(days=1)), SUPERVISOR
        )
    assert refused.value.code == "date_in_future"


def test_participants_are_counted_per_school_of_the_esa() -> None:
    h = held()
    [counted] = forums.record_participants(h, participants(PILOT.school, others=6), KNOWN)
    assert isinstance(counted, ev.ForumParticipantsRecorded)
    assert (counted.teachers, counted.administrators, counted.total) == (4, 1, 11)
    assert counted.schools[0].school_name == PILOT.name_th
    with pytest.raises(RuleViolation) as refused:
        forums.record_participants(h, participants(PILOT_2.school), KNOWN)
    assert (refused.value.code, refused.value.details) == (
        "schools_not_in_esa",
        {"schools": [PILOT_2.school]},
    )


def test_a_school_listed_twice_is_refused_as_input() -> None:
    with pytest.raises(ValueError, match="more than once"):
        participants(PILOT.school, PILOT.school)


def test_outcomes_complete_the_forum() -> None:
    h = then(held(), forums.record_participants(held(), participants(PILOT.school), KNOWN))
    outcomes = RecordForumOutcomes(outcomes=["ครูได้แนวทางออกแบบรูบริกร่วมกัน"])
    h = then(h, forums.record_outcomes(h, outcomes))
    forum_now = forums.forum_from(h)
    assert forum_now.outcomes is not None and forum_now.took_part(PILOT.school)
    assert not forum_now.took_part(PILOT_2.school)
