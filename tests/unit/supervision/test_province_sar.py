"""A province's SAR cycle: briefing, guidelines, the synthesis committee, its synthesis, the
driving committee's decision, the provincial report."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kit.errors import Forbidden, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain import province_sar as cycle
from services.supervision.domain.events import province as ev
from services.supervision.domain.events.parts import Evidence
from tests.unit.supervision.examples import member

YEAR: dict[str, Any] = {"province": "rayong", "academic_year": 2569}
GUIDE = Evidence(title="แนวทางการรายงาน SAR", sha256="a" * 64)


def guidelines(title: str = "แนวทางการรายงาน SAR สถานศึกษานำร่อง") -> ev.SarGuidelinesIssued:
    return ev.SarGuidelinesIssued(
        **YEAR, version=1, title=title, issued_on=date(2027, 1, 10), due_on=date(2027, 4, 30),
        document=GUIDE,
    )  # fmt: skip


def committee() -> ev.SarSynthesisCommitteeAppointed:
    return ev.SarSynthesisCommitteeAppointed(
        **YEAR,
        order_no="12/2570",
        appointed_on=date(2027, 4, 1),
        members=[
            member("นางรัตนา ศรีสุข", "chair", "ratana.srisuk"),
            member("นางวนิดา แสงทอง", "secretary", "wanida.saengthong"),
        ],
    )


def synthesis(by: str = "wanida.saengthong", esas: int = 2) -> ev.ProvincialSarSynthesisRecorded:
    return ev.ProvincialSarSynthesisRecorded(
        **YEAR,
        revision=1,
        summary_th="สถานศึกษานำร่องมีระบบประกันคุณภาพภายในครบทุกแห่ง",
        strengths=[],
        improvements=[],
        esas=[ev.EsaSynthesis(esa=f"rayong-{n}", schools_accepted=2) for n in range(1, esas + 1)],
        by=by,
    )


def report() -> ev.ProvincialSarReportIssued:
    return ev.ProvincialSarReportIssued(
        **YEAR, revision=1, summary_th="รายงานผลการประกันคุณภาพ", reported_to="คณะกรรมการนโยบายฯ",
        reported_on=date(2027, 6, 1),
    )  # fmt: skip


def prepared() -> list[DomainEvent]:
    history = cycle.issue_guidelines([], guidelines())
    return history + cycle.appoint_committee(history, committee())


def test_the_synthesis_waits_for_the_guidelines_and_the_committee() -> None:
    with pytest.raises(RuleViolation) as early:
        cycle.record_synthesis([], synthesis())
    assert early.value.code == "no_sar_guidelines"
    with pytest.raises(RuleViolation) as no_committee:
        cycle.record_synthesis(cycle.issue_guidelines([], guidelines()), synthesis())
    assert no_committee.value.code == "no_synthesis_committee"


def test_only_a_member_of_the_appointed_committee_records_its_synthesis() -> None:
    with pytest.raises(Forbidden) as outsider:
        cycle.record_synthesis(prepared(), synthesis(by="somchai.rakrian"))
    assert outsider.value.code == "not_a_committee_member" and outsider.value.status == 403
    assert cycle.record_synthesis(prepared(), synthesis())


def test_a_synthesis_needs_the_esas_syntheses() -> None:
    with pytest.raises(RuleViolation) as empty:
        cycle.record_synthesis(prepared(), synthesis(esas=0))
    assert empty.value.code == "no_esa_syntheses"


def test_a_returned_synthesis_is_recorded_again_as_a_new_revision_then_approved() -> None:
    history = prepared()
    history += cycle.record_synthesis(history, synthesis())
    with pytest.raises(RuleViolation) as waiting:
        cycle.record_synthesis(history, synthesis())
    assert waiting.value.code == "synthesis_awaiting_approval"
    with pytest.raises(RuleViolation) as no_reasons:
        cycle.decide(history, YEAR, False, [])
    assert no_reasons.value.code == "reasons_required"
    history += cycle.decide(history, YEAR, False, ["ยังขาดผลการสังเคราะห์ของ สพป.ระยอง เขต 1"])
    assert cycle.cycle_from(history).step == "returned"
    history += cycle.record_synthesis(history, synthesis())
    history += cycle.decide(history, YEAR, True, [])
    assert isinstance(history[-1], ev.ProvincialSarSynthesisApproved)
    assert history[-1].revision == 2 and cycle.cycle_from(history).step == "approved"


def test_the_province_reports_only_an_approved_synthesis_and_the_cycle_then_closes() -> None:
    history = prepared()
    history += cycle.record_synthesis(history, synthesis())
    with pytest.raises(RuleViolation) as early:
        cycle.issue_report(history, report())
    assert early.value.code == "synthesis_not_approved"
    history += cycle.decide(history, YEAR, True, [])
    history += cycle.issue_report(history, report())
    assert cycle.cycle_from(history).step == "reported"
    with pytest.raises(RuleViolation) as closed:
        cycle.issue_guidelines(history, guidelines("ฉบับปรับปรุง"))
    assert closed.value.code == "sar_cycle_reported"


def test_new_guidelines_are_a_new_version_and_the_same_again_changes_nothing() -> None:
    first = cycle.issue_guidelines([], guidelines())
    assert cycle.issue_guidelines(first, guidelines()) == []
    [second] = cycle.issue_guidelines(first, guidelines("ฉบับปรับปรุง"))
    assert second.version == 2  # type: ignore[attr-defined]


def test_the_committee_is_not_changed_once_its_synthesis_is_approved() -> None:
    history = prepared()
    history += cycle.record_synthesis(history, synthesis())
    history += cycle.decide(history, YEAR, True, [])
    with pytest.raises(RuleViolation) as done:
        cycle.appoint_committee(history, committee().model_copy(update={"order_no": "13/2570"}))
    assert done.value.code == "synthesis_approved"
