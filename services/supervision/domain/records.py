"""ESA records kept once each: training events, partner cooperation (form 7), dissemination
(form 8); the SAR synthesis and the partnership summary of a year (a later one supersedes)."""

from __future__ import annotations

from kit.errors import NotFound, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import records as ev
from services.supervision.domain.events.parts import Participant


def record_once(history: list[DomainEvent], event: DomainEvent) -> list[DomainEvent]:
    """A record is written once; sending it again changes nothing."""
    return [] if history else [event]


def add_participants(
    history: list[DomainEvent], participants: list[Participant]
) -> list[DomainEvent]:
    held = next((e for e in history if isinstance(e, ev.TrainingHeld)), None)
    if held is None:
        raise NotFound("ไม่พบการอบรมนี้", "No such training event.", code="unknown_training")
    known = {(p.name, p.school) for p in held.participants}
    for e in history:
        if isinstance(e, ev.TrainingParticipantsAdded):
            known |= {(p.name, p.school) for p in e.participants}
    new = [p for p in participants if (p.name, p.school) not in known]
    if not new:
        return []
    return [
        ev.TrainingParticipantsAdded(
            esa=held.esa,
            province=held.province,
            training_id=held.training_id,
            academic_year=held.academic_year,
            participants=new,
        )
    ]


def record_synthesis(
    history: list[DomainEvent], synthesis: ev.SarSynthesisRecorded
) -> list[DomainEvent]:
    if not synthesis.schools_accepted:
        raise RuleViolation(
            "ยังไม่มีรายงาน SAR ที่ผ่านการพิจารณาให้สังเคราะห์",
            "No accepted SAR to synthesise yet.",
            code="nothing_to_synthesise",
        )
    return [synthesis]


def report_partnership_summary(
    history: list[DomainEvent], summary: ev.PartnershipSummaryReported
) -> list[DomainEvent]:
    if not summary.partnerships:
        raise RuleViolation(
            "ยังไม่มีบันทึกการประสานความร่วมมือ (แบบ 7) ในปีนี้ให้สรุป",
            "No cooperation (form 7) is recorded this year to summarise.",
            code="no_partnerships",
        )
    earlier = [e for e in history if isinstance(e, ev.PartnershipSummaryReported)]
    last = earlier[-1].model_dump(exclude={"revision"}) if earlier else None
    if last == summary.model_dump(exclude={"revision"}):
        return []
    return [summary.model_copy(update={"revision": len(earlier) + 1})]


def partnership_summary_stream(esa: str, year: int) -> str:
    return f"partnershipsummary-{esa}-{year}"


def training_stream(training_id: str) -> str:
    return f"training-{training_id}"


def partnership_stream(record_id: str) -> str:
    return f"partnership-{record_id}"


def dissemination_stream(record_id: str) -> str:
    return f"dissemination-{record_id}"


def synthesis_stream(esa: str, year: int) -> str:
    return f"sarsynthesis-{esa}-{year}"
