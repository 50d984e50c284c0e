"""A province's SAR cycle in a year (sandbox manual, item 6), one stream per province and year:

1. the provincial driving committee briefs school directors and teachers (any number of times);
2. it issues the SAR guidelines for the pilot schools (a new version supersedes);
3. it appoints the synthesis committee (a new order supersedes, until the synthesis is approved);
4. a member of that committee records its synthesis of the ESAs' SAR syntheses; guidelines and
   committee come first, and a synthesis awaiting the driving committee's decision or approved
   cannot be recorded again;
5. the driving committee approves it, or returns it with reasons (then a new revision follows);
6. the provincial education office reports the approved synthesis, once; the cycle is then closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.committees import check_members, require_member
from services.supervision.domain.events import province as ev


def province_sar_stream(province: str, year: int) -> str:
    return f"provincesar-{province}-{year}"


@dataclass
class Cycle:
    briefings: set[str] = field(default_factory=set)
    guidelines: ev.SarGuidelinesIssued | None = None
    committee: ev.SarSynthesisCommitteeAppointed | None = None
    synthesis: ev.ProvincialSarSynthesisRecorded | None = None
    state: str = "none"  # none, awaiting_approval, approved, returned, reported

    @property
    def step(self) -> str:
        """The step reached: briefed, guidelines_issued, committee_appointed, then the state."""
        if self.state != "none":
            return self.state
        if self.committee:
            return "committee_appointed"
        if self.guidelines:
            return "guidelines_issued"
        return "briefed" if self.briefings else "none"


def cycle_from(history: list[DomainEvent]) -> Cycle:
    cycle = Cycle()
    for e in history:
        if isinstance(e, ev.SarBriefingHeld):
            cycle.briefings.add(e.briefing_id)
        elif isinstance(e, ev.SarGuidelinesIssued):
            cycle.guidelines = e
        elif isinstance(e, ev.SarSynthesisCommitteeAppointed):
            cycle.committee = e
        elif isinstance(e, ev.ProvincialSarSynthesisRecorded):
            cycle.synthesis, cycle.state = e, "awaiting_approval"
        elif isinstance(e, ev.ProvincialSarSynthesisApproved):
            cycle.state = "approved"
        elif isinstance(e, ev.ProvincialSarSynthesisReturned):
            cycle.state = "returned"
        elif isinstance(e, ev.ProvincialSarReportIssued):
            cycle.state = "reported"
    return cycle


def _open(cycle: Cycle) -> None:
    if cycle.state == "reported":
        raise RuleViolation(
            "จังหวัดรายงานผลการประกันคุณภาพปีนี้แล้ว",
            "The province has reported this year's cycle; it is closed.",
            code="sar_cycle_reported",
        )


def hold_briefing(history: list[DomainEvent], held: ev.SarBriefingHeld) -> list[DomainEvent]:
    cycle = cycle_from(history)
    _open(cycle)
    return [] if held.briefing_id in cycle.briefings else [held]


def issue_guidelines(
    history: list[DomainEvent], issued: ev.SarGuidelinesIssued
) -> list[DomainEvent]:
    cycle = cycle_from(history)
    _open(cycle)
    last = cycle.guidelines
    if last and last.model_dump(exclude={"version"}) == issued.model_dump(exclude={"version"}):
        return []
    return [issued.model_copy(update={"version": (last.version if last else 0) + 1})]


def appoint_committee(
    history: list[DomainEvent], appointed: ev.SarSynthesisCommitteeAppointed
) -> list[DomainEvent]:
    cycle = cycle_from(history)
    _open(cycle)
    if cycle.state == "approved":
        raise RuleViolation(
            "ผลการสังเคราะห์ได้รับความเห็นชอบแล้ว",
            "The synthesis is approved; the committee's work is done.",
            code="synthesis_approved",
        )
    check_members(appointed.members)
    if cycle.committee and cycle.committee.model_dump() == appointed.model_dump():
        return []
    return [appointed]


def record_synthesis(
    history: list[DomainEvent], recorded: ev.ProvincialSarSynthesisRecorded
) -> list[DomainEvent]:
    cycle = cycle_from(history)
    _open(cycle)
    require_member(_ready(cycle).members, recorded.by)
    if cycle.state in ("awaiting_approval", "approved"):
        raise RuleViolation(
            "ผลการสังเคราะห์ฉบับล่าสุดรอการพิจารณาหรือได้รับความเห็นชอบแล้ว",
            "The latest synthesis awaits the driving committee's decision or is approved.",
            code=f"synthesis_{cycle.state}",
        )
    if not recorded.esas:
        raise RuleViolation(
            "ยังไม่มีผลการสังเคราะห์ SAR ของเขตพื้นที่การศึกษาในจังหวัด",
            "No ESA of the province has recorded its SAR synthesis yet.",
            code="no_esa_syntheses",
        )
    revision = cycle.synthesis.revision + 1 if cycle.synthesis else 1
    return [recorded.model_copy(update={"revision": revision})]


def _ready(cycle: Cycle) -> ev.SarSynthesisCommitteeAppointed:
    if cycle.guidelines is None:
        raise RuleViolation(
            "ยังไม่ได้จัดทำแนวทางการรายงาน SAR ของจังหวัด",
            "The province has not issued its SAR guidelines yet.",
            code="no_sar_guidelines",
        )
    if cycle.committee is None:
        raise RuleViolation(
            "ยังไม่ได้แต่งตั้งคณะกรรมการดำเนินการสังเคราะห์รายงาน SAR",
            "The synthesis committee is not appointed yet.",
            code="no_synthesis_committee",
        )
    return cycle.committee


def decide(
    history: list[DomainEvent], where: dict[str, object], approve: bool, reasons: list[str]
) -> list[DomainEvent]:
    cycle = cycle_from(history)
    if cycle.state != "awaiting_approval" or cycle.synthesis is None:
        raise RuleViolation(
            "ไม่มีผลการสังเคราะห์ที่รอการพิจารณา",
            "No synthesis awaits the driving committee's decision.",
            code="synthesis_not_awaiting_approval",
        )
    revision = cycle.synthesis.revision
    if approve:
        return [ev.ProvincialSarSynthesisApproved(**where, revision=revision)]
    if not reasons:
        raise RuleViolation(
            "กรุณาระบุเหตุผลที่ส่งกลับ", "Give the reasons for returning it.", code="reasons_required"
        )
    return [ev.ProvincialSarSynthesisReturned(**where, revision=revision, reasons=reasons)]


def issue_report(
    history: list[DomainEvent], issued: ev.ProvincialSarReportIssued
) -> list[DomainEvent]:
    cycle = cycle_from(history)
    _open(cycle)
    if cycle.state != "approved" or cycle.synthesis is None:
        raise RuleViolation(
            "ผลการสังเคราะห์ยังไม่ได้รับความเห็นชอบจากคณะกรรมการขับเคลื่อนฯ",
            "The synthesis is not approved by the driving committee yet.",
            code="synthesis_not_approved",
        )
    return [issued.model_copy(update={"revision": cycle.synthesis.revision})]
