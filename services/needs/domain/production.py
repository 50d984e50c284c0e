"""Production records (form 3): a school registers what it produced; a supervisor evaluates it.

- A record names its title, kind (media / innovation / technology), learning area, grade
  levels, authors and evidence (references pinned by SHA-256 content hashes).
- The school may add evidence later; the same content (hash) is never listed twice.
- A supervisor scores every indicator of the standard once; the quality level follows from the
  mean. A record may be evaluated again (after improvements): the latest evaluation counts.
- The school may withdraw its record, with a reason (registered in error, or twice). It stays
  in the history, shown as withdrawn; nothing more can be added to it or evaluated, and reports
  no longer count it.
"""

from __future__ import annotations

from datetime import date

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.indicators import HIGHEST, INDICATORS, LOWEST, STANDARD, quality_level

MAX_EVIDENCE = 50
FACTS = {"production_id", "school", "cluster", "esa", "province", "academic_year", "semester"}


def production_stream(production_id: str) -> str:
    return f"production-{production_id}"


def registered_from(history: list[DomainEvent]) -> ev.ProductionRegistered:
    first = history[0] if history else None
    if not isinstance(first, ev.ProductionRegistered):
        raise NotFound("ไม่พบผลงานนี้", "No such production record.", code="production_not_found")
    return first


def standing(history: list[DomainEvent]) -> ev.ProductionRegistered:
    """The record, refusing any change once it was withdrawn."""
    registered = registered_from(history)
    if any(isinstance(e, ev.ProductionWithdrawn) for e in history):
        raise RuleViolation(
            "ผลงานนี้ถูกถอนแล้ว", "This record was withdrawn.", code="production_withdrawn"
        )
    return registered


def withdraw_production(history: list[DomainEvent], reason: str, today: date) -> list[DomainEvent]:
    registered = standing(history)
    if not reason.strip():
        raise InvalidInput("กรุณาระบุเหตุผล", "A reason is required.", code="reason_required")
    facts = registered.model_dump(include=FACTS)
    return [ev.ProductionWithdrawn(**facts, reason=reason.strip(), withdrawn_on=today)]


def register_production(
    history: list[DomainEvent], registered: ev.ProductionRegistered
) -> list[DomainEvent]:
    if history:
        raise RuleViolation("ลงทะเบียนผลงานนี้แล้ว", "Already registered.", code="production_exists")
    if len(set(registered.grade_levels)) != len(registered.grade_levels):
        raise InvalidInput("ระดับชั้นซ้ำกัน", "Grade levels repeat.", code="grade_levels_repeat")
    _require_distinct(registered.evidence, [])
    return [registered]


def add_evidence(history: list[DomainEvent], evidence: list[ev.Evidence]) -> list[DomainEvent]:
    registered = standing(history)
    kept = [
        e
        for x in history
        if isinstance(x, ev.ProductionEvidenceAdded | ev.ProductionRegistered)
        for e in x.evidence
    ]
    _require_distinct(evidence, kept)
    if len(kept) + len(evidence) > MAX_EVIDENCE:
        raise RuleViolation(
            f"แนบหลักฐานได้ไม่เกิน {MAX_EVIDENCE} รายการ",
            f"At most {MAX_EVIDENCE} pieces of evidence.",
            code="too_much_evidence",
        )
    facts = registered.model_dump(include=FACTS)
    return [ev.ProductionEvidenceAdded(**facts, evidence=evidence)]


def _require_distinct(new: list[ev.Evidence], kept: list[ev.Evidence]) -> None:
    hashes = [e.sha256 for e in new]
    repeated = sorted(
        {h for h in hashes if hashes.count(h) > 1} | (set(hashes) & {e.sha256 for e in kept})
    )
    if repeated:
        raise RuleViolation(
            "มีหลักฐานที่แนบไว้แล้ว (เนื้อหาเดียวกัน)",
            "Some evidence is already attached (same content hash).",
            code="evidence_repeated",
            details={"sha256": repeated},
        )


def evaluate_production(
    history: list[DomainEvent], scores: list[ev.IndicatorScore], comment: str, today: date
) -> list[DomainEvent]:
    registered = standing(history)
    given = [s.indicator for s in scores]
    unknown = sorted(set(given) - set(INDICATORS))
    missing = sorted(set(INDICATORS) - set(given))
    if unknown or missing or len(set(given)) != len(given):
        raise InvalidInput(
            "ต้องให้คะแนนทุกตัวชี้วัดของมาตรฐาน ตัวชี้วัดละหนึ่งครั้ง",
            "Score every indicator of the standard exactly once.",
            code="indicators_incomplete",
            details={"missing": missing, "unknown": unknown, "indicators": list(INDICATORS)},
        )
    if any(not LOWEST <= s.score <= HIGHEST for s in scores):
        raise InvalidInput(
            "คะแนนต้องอยู่ระหว่าง 1 ถึง 4", "Scores run from 1 to 4.", code="score_out_of_range"
        )
    mean = round(sum(s.score for s in scores) / len(scores), 2)
    evaluations = sum(isinstance(e, ev.ProductionEvaluated) for e in history)
    return [
        ev.ProductionEvaluated(
            **registered.model_dump(include=FACTS),
            kind=registered.kind,
            subject=registered.subject,
            evaluation=evaluations + 1,
            standard=STANDARD,
            scores=sorted(scores, key=lambda s: list(INDICATORS).index(s.indicator)),
            mean=mean,
            quality_level=quality_level(mean),
            comment=comment.strip(),
            evaluated_on=today,
        )
    ]
