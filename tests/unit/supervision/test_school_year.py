"""A school's year: 4Q baseline, agreement, evaluation and honours; honoured teachers; the
SAR; ESA records and the year's partnership summary."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from services.supervision.domain import quality, records, sar, teachers
from services.supervision.domain.events.parts import Evidence, Participant
from services.supervision.domain.events.records import (
    PartnershipSummaryReported,
    SarSynthesisRecorded,
    TrainingHeld,
)
from services.supervision.domain.events.schools import (
    QualityBaselineRecorded,
    QualityEvaluated,
    QualityHonourAwarded,
    TeacherHonoured,
)
from tests.unit.supervision.examples import WHERE, agreement

YEAR = WHERE | {"academic_year": 2569}
SCORES = {
    "student": {"reading": 80.0, "math": 60.0},
    "teacher": {"plans": 90.0},
    "classroom": {"media": 50.0},
    "director": {"leadership": 75.0},
    "management": {"budget": 70.0},
}


def honour(title: str) -> QualityHonourAwarded:
    return QualityHonourAwarded(**YEAR, honour_id="h", title_th=title, awarded_on=date(2027, 3, 1))


def test_the_agreement_sets_targets_on_all_five_dimensions() -> None:
    with pytest.raises(InvalidInput) as partial:
        quality.sign_agreement([], agreement(student=80))
    assert partial.value.code == "dimensions_incomplete"


def test_an_evaluation_compares_dimension_scores_with_the_targets() -> None:
    [evaluated] = quality.evaluate([agreement()], YEAR, SCORES, date(2027, 3, 1))
    assert isinstance(evaluated, QualityEvaluated)
    assert evaluated.dimension_scores["student"] == 70.0 and evaluated.overall == 71.0
    assert evaluated.targets_met == {
        "student": True,
        "teacher": True,
        "classroom": False,
        "director": True,
        "management": True,
    }


def test_no_evaluation_without_an_agreement_and_no_new_agreement_after_it() -> None:
    with pytest.raises(RuleViolation) as none:
        quality.evaluate([], YEAR, SCORES, date(2027, 3, 1))
    assert none.value.code == "no_agreement"
    evaluated = [agreement(), *quality.evaluate([agreement()], YEAR, SCORES, date(2027, 3, 1))]
    with pytest.raises(RuleViolation):
        quality.sign_agreement(
            evaluated, agreement(student=1, teacher=1, classroom=1, director=1, management=1)
        )


def test_honours_follow_the_evaluation_and_are_given_once() -> None:
    with pytest.raises(RuleViolation):
        quality.award_honour([agreement()], honour("โรงเรียนคุณภาพ 4Q ดีเยี่ยม"))
    evaluated = [agreement(), *quality.evaluate([agreement()], YEAR, SCORES, date(2027, 3, 1))]
    given = quality.award_honour(evaluated, honour("โรงเรียนคุณภาพ 4Q ดีเยี่ยม"))
    assert (
        given and quality.award_honour([*evaluated, *given], honour("โรงเรียนคุณภาพ 4Q ดีเยี่ยม")) == []
    )


def document(text: str) -> Evidence:
    return Evidence(title="SAR 2569", sha256=text * 64)


def test_a_sar_is_received_then_returned_with_reasons_then_accepted() -> None:
    now = datetime(2027, 4, 1, tzinfo=UTC)
    history = sar.submit([], YEAR, document("a"), now)
    assert sar.status(history) == "received"
    with pytest.raises(RuleViolation) as waiting:
        sar.submit(history, YEAR, document("b"), now)
    assert waiting.value.code == "sar_received"
    with pytest.raises(RuleViolation):
        sar.decide(history, False, [])
    history += sar.decide(history, False, ["ขาดข้อมูลมาตรฐานที่ 2"])
    with pytest.raises(RuleViolation) as same:
        sar.submit(history, YEAR, document("a"), now)
    assert same.value.code == "sar_unchanged"
    history += sar.submit(history, YEAR, document("b"), now)
    history += sar.decide(history, True, [])
    assert sar.status(history) == "accepted" and history[-1].revision == 2  # type: ignore[attr-defined]
    with pytest.raises(RuleViolation):
        sar.decide(history, True, [])


def test_training_participants_are_listed_once() -> None:
    held = TrainingHeld(
        esa="loei-3",
        province="loei",
        training_id="t1",
        academic_year=2569,
        title="อบรม",
        held_on=date(2026, 6, 1),
        hours=6,
        organiser="สพป.",
        policies=["stem_coding"],
        participants=[Participant(name="ครูสมใจ", school="1042060101")],
    )
    added = records.add_participants(
        [held], [Participant(name="ครูสมใจ", school="1042060101"), Participant(name="ครูมานะ")]
    )
    assert [p.name for p in added[0].participants] == ["ครูมานะ"]  # type: ignore[attr-defined]
    assert records.record_once([held], held) == []


def test_a_synthesis_needs_accepted_reports() -> None:
    synthesis = SarSynthesisRecorded(
        esa="loei-3",
        province="loei",
        academic_year=2569,
        summary_th="สรุป",
        strengths=[],
        improvements=[],
        schools_accepted=[],
    )
    with pytest.raises(RuleViolation):
        records.record_synthesis([], synthesis)


def baseline(**scores: float) -> QualityBaselineRecorded:
    return QualityBaselineRecorded(
        **YEAR,
        scores=scores or dict.fromkeys(SCORES, 55.0),
        problems=["นักเรียนอ่านไม่คล่อง"],
        needs=["สื่อการอ่าน"],
        priorities=["student"],
        collected_on=date(2026, 5, 18),
        revision=1,
    )


def test_the_baseline_covers_the_five_dimensions_and_is_recollected_as_a_new_revision() -> None:
    with pytest.raises(InvalidInput) as partial:
        quality.record_baseline([], baseline(student=40))
    assert partial.value.code == "dimensions_incomplete"
    [first] = quality.record_baseline([], baseline())
    assert quality.record_baseline([first], baseline()) == []
    [second] = quality.record_baseline([first], baseline(**dict.fromkeys(SCORES, 60.0)))
    assert second.revision == 2  # type: ignore[attr-defined]


def test_the_baseline_does_not_change_after_the_evaluation() -> None:
    evaluated = [agreement(), *quality.evaluate([agreement()], YEAR, SCORES, date(2027, 3, 1))]
    with pytest.raises(RuleViolation) as late:
        quality.record_baseline(evaluated, baseline())
    assert late.value.code == "already_evaluated"


def test_a_teacher_receives_a_title_once() -> None:
    honour = TeacherHonoured(
        **YEAR,
        honour_id="t1",
        teacher="นางสมใจ ใจงาม",
        work_th="การจัดการเรียนรู้ฐานสมรรถนะวิทยาการคำนวณ",
        title_th="ครูผู้มีผลงานเป็นเลิศ",
        awarded_on=date(2027, 2, 1),
        awarded_by="esa_director",
        evidence=[],
    )
    given = teachers.honour_teacher([], honour)
    assert given == [honour] and teachers.honour_teacher(given, honour) == []
    other = honour.model_copy(update={"teacher": "นายมานะ ขยัน", "honour_id": "t2"})
    assert teachers.honour_teacher(given, other) == [other]


def test_participants_of_an_unknown_training_are_not_found() -> None:
    with pytest.raises(NotFound) as unknown:
        records.add_participants([], [Participant(name="ครูมานะ")])
    assert unknown.value.status == 404


def summary(*partnerships: str) -> PartnershipSummaryReported:
    return PartnershipSummaryReported(
        esa="loei-3",
        province="loei",
        academic_year=2569,
        revision=1,
        summary_th="ภาคีเครือข่ายสนับสนุนอุปกรณ์ DLTV",
        achievements=[],
        next_steps=[],
        reported_to="ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        reported_on=date(2027, 3, 20),
        partnerships=list(partnerships),
        by_sector={"public": len(partnerships)},
        schools=[],
    )


def test_a_partnership_summary_needs_the_years_cooperations_and_a_new_one_supersedes() -> None:
    with pytest.raises(RuleViolation) as empty:
        records.report_partnership_summary([], summary())
    assert empty.value.code == "no_partnerships"
    [first] = records.report_partnership_summary([], summary("p1"))
    assert records.report_partnership_summary([first], summary("p1")) == []
    [second] = records.report_partnership_summary([first], summary("p1", "p2"))
    assert second.revision == 2  # type: ignore[attr-defined]
