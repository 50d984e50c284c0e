"""The provincial coaching team: appointed once a year by the driving committee, its members
and the pilot schools each coach works with."""

from __future__ import annotations

import pytest

from kit.errors import NotFound, RuleViolation
from services.curriculum.domain import coaching
from services.curriculum.domain.commands.coaching import AppointCoachingTeam, ReleaseCoach
from services.curriculum.domain.events import coaching as ev
from tests.unit.curriculum.practice import (
    DRIVING,
    LOEI,
    NOT_PILOT,
    PILOT,
    PILOT_2,
    TODAY,
    coach,
    coaching_school,
    team,
    then,
)


def test_the_driving_committee_appoints_the_team_once_a_year() -> None:
    h = team()
    [appointed] = h
    assert isinstance(appointed, ev.CoachingTeamAppointed)
    assert (appointed.team_id, appointed.order_no, appointed.appointed_by) == (
        "rayong-2569",
        "12/2569",
        DRIVING.id,
    )
    again = AppointCoachingTeam(
        academic_year=2569, order_no="13/2569", appointed_on=TODAY, title="ซ้ำ"
    )
    with pytest.raises(RuleViolation) as refused:
        coaching.appoint_team(h, "rayong", again, DRIVING)
    assert refused.value.code == "coaching_team_exists"
    assert refused.value.details == {"team_id": "rayong-2569"}


def test_coaches_are_numbered_and_a_team_has_one_leader() -> None:
    h = team(coach("ผู้นำ", role="leader"), coach("โค้ชคนที่สอง"))
    assert [c.appointed.coach_no for c in coaching.team_from(h).coaches] == [1, 2]
    with pytest.raises(RuleViolation) as refused:
        coaching.appoint_coach(h, coach("ผู้นำอีกคน", role="leader"))
    assert refused.value.code == "team_has_a_leader"


def test_no_coach_joins_a_team_never_appointed() -> None:
    with pytest.raises(NotFound) as refused:
        coaching.appoint_coach([], coach())
    assert refused.value.code == "coaching_team_not_found"


def test_a_coach_works_with_pilot_schools_of_the_province_only() -> None:
    h = team(coach(person="somying.coach"))
    h = coaching_school(h, 1, PILOT.school, PILOT_2.school)
    assigned = h[-1]
    assert isinstance(assigned, ev.CoachSchoolsAssigned)
    assert [s.esa for s in assigned.schools] == ["rayong-2", "rayong-1"]
    assert [c.appointed.person for c in coaching.team_from(h).coaches_of(PILOT.school)] == [
        "somying.coach"
    ]
    with pytest.raises(RuleViolation) as elsewhere:
        coaching_school(h, 1, LOEI.school)
    assert (elsewhere.value.code, elsewhere.value.details) == (
        "schools_not_in_province",
        {"schools": [LOEI.school]},
    )
    with pytest.raises(RuleViolation) as not_pilot:
        coaching_school(h, 1, NOT_PILOT.school)
    assert not_pilot.value.code == "not_a_sandbox_pilot_school"


def test_the_same_schools_again_change_nothing_and_a_new_list_says_what_changed() -> None:
    h = coaching_school(team(coach()), 1, PILOT.school)
    assert coaching_school(h, 1, PILOT.school) == h
    h = coaching_school(h, 1, PILOT_2.school)
    changed = h[-1]
    assert isinstance(changed, ev.CoachSchoolsAssigned)
    assert (changed.added, changed.removed) == ([PILOT_2.school], [PILOT.school])


def test_a_released_coach_no_longer_coaches_and_takes_no_schools() -> None:
    h = coaching_school(team(coach()), 1, PILOT.school)
    h = then(h, coaching.release_coach(h, 1, ReleaseCoach(reason="ย้ายไปรับราชการที่อื่น")))
    t = coaching.team_from(h)
    assert t.coaches_of(PILOT.school) == [] and not t.coaches[0].active
    with pytest.raises(RuleViolation) as refused:
        coaching_school(h, 1, PILOT.school)
    assert refused.value.code == "coach_released"
    with pytest.raises(NotFound) as unknown:
        coaching.release_coach(h, 7, ReleaseCoach(reason="ไม่มีคนนี้"))
    assert unknown.value.details == {"coach_no": 7, "team_id": "rayong-2569"}
