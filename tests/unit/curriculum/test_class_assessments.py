"""A teacher's class assessment record: tools made to assess competencies, learning products
assessed with them, and the class's results per competency level."""

from __future__ import annotations

import pytest

from kit.errors import Forbidden, InvalidInput, RuleViolation
from services.curriculum.domain import classroom
from services.curriculum.domain.commands.classroom import (
    OpenClassAssessment,
    RecordClassResults,
    RecordLearningProduct,
)
from services.curriculum.domain.events import classroom as ev
from tests.unit.curriculum.practice import (
    DIRECTOR,
    OTHER_TEACHER,
    PILOT,
    TEACHER,
    class_record,
    then,
)


def results(levels: dict[str, dict[str, int]], tools: list[int]) -> RecordClassResults:
    return RecordClassResults.model_validate({"levels": levels, "tools_used": tools})


def product(learners: int, tools: list[int]) -> RecordLearningProduct:
    return RecordLearningProduct.model_validate(
        {
            "kind": "project",
            "title": "โครงงานสำรวจป่าชายเลน",
            "competencies": ["higher_order_thinking"],
            "learners": learners,
            "assessed_with": tools,
        }
    )


def test_a_teacher_has_one_record_per_class_and_semester() -> None:
    h = class_record()
    opened = h[0]
    assert isinstance(opened, ev.ClassAssessmentOpened)
    assert opened.record_id.startswith("1021080101-2569-1-science-p4-")
    again = OpenClassAssessment.model_validate(
        {"academic_year": 2569, "semester": 1, "subject": "science", "grade": "p4", "learners": 30}
    )
    with pytest.raises(RuleViolation) as refused:
        classroom.open_record(h, PILOT, again, TEACHER)
    assert refused.value.code == "class_assessment_exists"
    assert [t.tool_no for t in classroom.record_from(h).tools] == [1, 2]


def test_a_product_is_assessed_with_the_records_own_tools() -> None:
    h = class_record()
    [made] = classroom.record_product(h, product(28, [1]), TEACHER)
    assert isinstance(made, ev.LearningProductRecorded) and made.product_no == 1
    with pytest.raises(RuleViolation) as unknown:
        classroom.record_product(h, product(28, [1, 5]), TEACHER)
    assert unknown.value.details == {"tools": [5], "registered": [1, 2]}
    with pytest.raises(InvalidInput) as too_many:
        classroom.record_product(h, product(31, [1]), TEACHER)
    assert too_many.value.code == "more_learners_than_the_class"


def test_results_account_for_the_whole_class_on_competencies_the_tools_assess() -> None:
    h = class_record(learners=30)
    levels = {"communication": {"proficient": 20, "advanced": 10}}
    [recorded] = classroom.record_results(h, results(levels, [1]), TEACHER)
    assert isinstance(recorded, ev.ClassCompetencyResultsRecorded)
    assert recorded.levels["communication"] == {
        "beginning": 0,
        "developing": 0,
        "proficient": 20,
        "advanced": 10,
    }
    with pytest.raises(InvalidInput) as short:
        classroom.record_results(h, results({"communication": {"proficient": 29}}, [1]), TEACHER)
    assert short.value.code == "counts_do_not_add_up"
    with pytest.raises(RuleViolation) as untooled:
        classroom.record_results(h, results({"teamwork": {"advanced": 30}}, [1]), TEACHER)
    assert untooled.value.code == "competency_without_tool"


def test_new_results_are_a_new_revision_and_only_the_teacher_or_director_records() -> None:
    h = class_record()
    first = results({"teamwork": {"developing": 30}}, [2])
    h = then(h, classroom.record_results(h, first, TEACHER))
    [second] = classroom.record_results(h, first, DIRECTOR)
    assert isinstance(second, ev.ClassCompetencyResultsRecorded) and second.revision == 2
    with pytest.raises(Forbidden):
        classroom.record_results(h, first, OTHER_TEACHER)
