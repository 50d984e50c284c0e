"""A teacher's lesson plan: one per learning area and grade of a year, its document versions,
and feedback on a version it has (a coach of the school is marked as such)."""

from __future__ import annotations

import pytest

from kit.errors import Forbidden, InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain import lesson_plans as plans
from services.curriculum.domain.commands.teaching import (
    AddLessonPlanVersion,
    GiveLessonPlanFeedback,
    StartLessonPlan,
)
from services.curriculum.domain.events import lesson_plans as ev
from tests.unit.curriculum.practice import (
    DIRECTOR,
    HASH_1,
    HASH_2,
    OTHER_TEACHER,
    PILOT,
    SUPERVISOR,
    TEACHER,
    then,
)

START = StartLessonPlan.model_validate(
    {
        "academic_year": 2569,
        "subject": "science",
        "grade": "p4",
        "title": "หน่วยการเรียนรู้ ป่าชายเลนบ้านเรา",
        "competencies": ["higher_order_thinking", "sustainable_living"],
    }
)


def version(content_hash: str = HASH_1) -> AddLessonPlanVersion:
    return AddLessonPlanVersion(reference="drive://แผน.pdf", content_hash=content_hash)


def started() -> list[DomainEvent]:
    return plans.start([], PILOT, START, TEACHER)


def with_version() -> list[DomainEvent]:
    h = started()
    return then(h, plans.add_version(h, version(), TEACHER))


def feedback(
    verdict: str, suggestions: list[str], document_version: int = 1
) -> GiveLessonPlanFeedback:
    return GiveLessonPlanFeedback.model_validate(
        {"document_version": document_version, "verdict": verdict, "suggestions": suggestions}
    )


def test_a_plan_is_the_teachers_for_a_learning_area_grade_and_year() -> None:
    [opened] = started()
    assert isinstance(opened, ev.LessonPlanStarted)
    assert opened.plan_id.startswith("1021080101-2569-science-p4-")
    assert (opened.teacher, opened.teacher_name, opened.cluster) == (
        TEACHER.id,
        TEACHER.name,
        "rayong-2-wangchan",
    )
    with pytest.raises(RuleViolation) as refused:
        plans.start(started(), PILOT, START, TEACHER)
    assert refused.value.code == "lesson_plan_exists"
    other = plans.start([], PILOT, START, OTHER_TEACHER)[0]
    assert isinstance(other, ev.LessonPlanStarted) and other.plan_id != opened.plan_id


def test_versions_are_numbered_and_only_the_teacher_or_director_adds_them() -> None:
    h = with_version()
    h = then(h, plans.add_version(h, version(HASH_2), DIRECTOR))
    assert [d.version for d in plans.plan_from(h).documents] == [1, 2]
    with pytest.raises(RuleViolation) as same:
        plans.add_version(h, version(HASH_2), TEACHER)
    assert same.value.code == "document_unchanged"
    with pytest.raises(Forbidden) as other:
        plans.add_version(h, version("sha256:" + "3" * 64), OTHER_TEACHER)
    assert other.value.code == "not_the_teachers_record"


def test_feedback_names_the_version_read_and_whether_a_coach_gave_it() -> None:
    h = with_version()
    given = plans.give_feedback(h, feedback("ready", []), SUPERVISOR, as_coach=True)[0]
    assert isinstance(given, ev.LessonPlanFeedbackGiven)
    assert (given.document_version, given.content_hash, given.as_coach) == (1, HASH_1, True)
    assert (given.given_by, given.role, given.feedback_no) == (SUPERVISOR.id, "supervisor", 1)


def test_feedback_on_a_version_the_plan_does_not_have_is_refused() -> None:
    with pytest.raises(RuleViolation) as refused:
        plans.give_feedback(with_version(), feedback("ready", [], 2), SUPERVISOR, as_coach=False)
    assert refused.value.code == "document_version_not_found"
    assert refused.value.details == {"document_version": 2, "versions": 1}


def test_a_plan_to_revise_needs_a_suggestion() -> None:
    with pytest.raises(InvalidInput) as refused:
        plans.give_feedback(with_version(), feedback("revise", []), SUPERVISOR, as_coach=False)
    assert refused.value.code == "suggestions_missing"
    advice = feedback("revise", ["เพิ่มกิจกรรมให้ผู้เรียนสะท้อนคิด"])
    assert plans.give_feedback(with_version(), advice, SUPERVISOR, as_coach=False)
