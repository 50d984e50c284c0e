"""An ESA's 4Q drive: the driving team, the ก.ต.ป.น. and its progress reports, good-practice
exchanges, the year's results carried into the next."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.supervision.domain import drive
from services.supervision.domain.events import drive as ev
from tests.unit.supervision.examples import member, team

YEAR = {"esa": "loei-3", "province": "loei", "academic_year": 2569}


def committee(body: str = "ktpn") -> ev.MonitoringCommitteeAppointed:
    return ev.MonitoringCommitteeAppointed(
        **YEAR,
        body=body,
        order_no="45/2569",
        appointed_on=date(2026, 6, 1),
        members=[member("นายสมพร ทองคำ", "chair"), member("นางสาวมาลี ใจดี", "secretary")],
    )


def report(report_id: str, *schools: str, body: str = "ktpn") -> ev.QualityProgressReported:
    return ev.QualityProgressReported(
        **YEAR,
        report_id=report_id,
        round=1,
        body=body,
        reported_on=date(2026, 8, 1),
        schools=[
            ev.SchoolProgress(school=s, cluster="loei-3-nahaeo", statuses={"student": "behind"})
            for s in schools or ("1042060101",)
        ],
        summary_th="โรงเรียนส่วนใหญ่เป็นไปตามแผน",
        recommendations=[],
    )


def test_the_driving_team_has_one_chair_and_a_new_order_supersedes_the_last() -> None:
    with pytest.raises(InvalidInput) as no_chair:
        drive.appoint_team([], team("1/2569", member("นางสาวมาลี ใจดี")))
    assert no_chair.value.code == "one_chair_required"
    first = drive.appoint_team([], team())
    assert drive.appoint_team(first, team()) == []
    [second] = drive.appoint_team(first, team("200/2569"))
    assert drive.drive_from([*first, second]).team == second


def test_a_progress_report_needs_its_committee_appointed_first() -> None:
    with pytest.raises(RuleViolation) as missing:
        drive.report_progress([], report("r1"))
    assert missing.value.code == "no_monitoring_committee"
    with pytest.raises(RuleViolation):
        drive.report_progress([committee("aktpn")], report("r1"))


def test_progress_reports_are_numbered_in_rounds_and_recorded_once() -> None:
    history: list = [committee()]
    history += drive.report_progress(history, report("r1"))
    history += drive.report_progress(history, report("r2", "1042060101", "1042060102"))
    rounds = [e.round for e in history if isinstance(e, ev.QualityProgressReported)]
    assert rounds == [1, 2]
    assert drive.report_progress(history, report("r2")) == []


def test_a_school_is_reported_once_in_a_report() -> None:
    with pytest.raises(InvalidInput) as twice:
        drive.report_progress([committee()], report("r1", "1042060101", "1042060101"))
    assert twice.value.code == "duplicate_entries"


def test_the_results_carried_forward_get_revisions_and_the_same_again_changes_nothing() -> None:
    carried = ev.QualityResultsCarriedForward(
        **YEAR,
        next_year=2570,
        revision=1,
        lessons_th="การนิเทศแบบกัลยาณมิตรช่วยให้ครูเปิดใจ",
        priorities=["classroom"],
        focus_schools=["1042060103"],
        actions=[],
    )
    [first] = drive.carry_forward([], carried)
    assert drive.carry_forward([first], carried) == []
    [second] = drive.carry_forward([first], carried.model_copy(update={"priorities": ["student"]}))
    assert (first.revision, second.revision) == (1, 2)  # type: ignore[attr-defined]


def test_an_exchange_is_held_once_with_each_practice_once() -> None:
    practice = ev.Practice(
        school="1042060101", cluster="loei-3-nahaeo", title_th="อ่านคล่อง", dimension="student"
    )
    held = ev.GoodPracticeExchangeHeld(
        **YEAR,
        exchange_id="x1",
        title="เวทีแลกเปลี่ยนเรียนรู้",
        held_on=date(2027, 3, 10),
        mode="on_site",
        practices=[practice],
        participants=120,
        evidence=[],
    )
    assert drive.hold_exchange([], held) == [held]
    assert drive.hold_exchange([held], held) == []
    with pytest.raises(InvalidInput):
        drive.hold_exchange([], held.model_copy(update={"practices": [practice, practice]}))
