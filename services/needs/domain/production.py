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
from typing import Any

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.commands.production import (
    AddEvidence,
    EvaluateProduction,
    WithdrawProduction,
)
from services.needs.domain.indicators import HIGHEST, INDICATORS, LOWEST, STANDARD, quality_level
from services.needs.domain.reasons import reason_given

MAX_EVIDENCE = 50
FACTS = {"production_id", "school", "cluster", "esa", "province", "academic_year", "semester"}


def production_stream(production_id: str) -> str:
    return f"production-{production_id}"


def registered_from(history: list[DomainEvent]) -> ev.ProductionRegistered:
    first = history[0] if history else None
    if not isinstance(first, ev.ProductionRegistered):
        raise NotFound(
            "ไม่พบผลงานนี้",
            "No such production record.",
            code="production_not_found",
            details={"resource": "production"},
        )
    return first


def standing(history: list[DomainEvent]) -> ev.ProductionRegistered:
    """The record, refusing any change once it was withdrawn."""
    registered = registered_from(history)
    withdrawn = withdrawal(history)
    if withdrawn is not None:
        raise RuleViolation(
            "ผลงานนี้ถูกถอนแล้ว",
            "This record was withdrawn.",
            code="production_withdrawn",
            details={"withdrawn_on": str(withdrawn.withdrawn_on), "reason": withdrawn.reason},
        )
    return registered


def summary(history: list[DomainEvent]) -> dict[str, Any]:
    """What a command on a record answers: the record's identity and where it stands."""
    registered = registered_from(history)
    evaluations = [e for e in history if isinstance(e, ev.ProductionEvaluated)]
    latest = evaluations[-1] if evaluations else None
    return {
        "production_id": registered.production_id,
        "school": registered.school,
        "evidence": len(evidence_of(history)),
        "evaluations": len(evaluations),
        "quality_level": latest.quality_level if latest else None,
        "mean": latest.mean if latest else None,
        "withdrawn": withdrawal(history) is not None,
    }


def withdrawal(history: list[DomainEvent]) -> ev.ProductionWithdrawn | None:
    return next((e for e in history if isinstance(e, ev.ProductionWithdrawn)), None)


def withdraw_production(
    history: list[DomainEvent], command: WithdrawProduction, today: date
) -> list[DomainEvent]:
    registered = standing(history)
    reason = reason_given(command.reason)
    facts = registered.model_dump(include=FACTS)
    return [ev.ProductionWithdrawn(**facts, reason=reason, withdrawn_on=today)]


def register_production(
    history: list[DomainEvent], registered: ev.ProductionRegistered
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "ลงทะเบียนผลงานนี้แล้ว",
            "Already registered.",
            code="production_exists",
            details={"production_id": registered.production_id},
        )
    if len(set(registered.grade_levels)) != len(registered.grade_levels):
        raise InvalidInput(
            "ระดับชั้นซ้ำกัน",
            "Grade levels repeat.",
            code="grade_levels_repeat",
            details={"field": "grade_levels"},
        )
    _require_distinct(registered.evidence, [])
    return [registered]


def evidence_of(history: list[DomainEvent]) -> list[ev.Evidence]:
    return [
        e
        for x in history
        if isinstance(x, ev.ProductionEvidenceAdded | ev.ProductionRegistered)
        for e in x.evidence
    ]


def add_evidence(
    history: list[DomainEvent], command: AddEvidence, today: date
) -> list[DomainEvent]:
    registered = standing(history)
    evidence = [ev.Evidence(**e.model_dump()) for e in command.evidence]
    kept = evidence_of(history)
    _require_distinct(evidence, kept)
    if len(kept) + len(evidence) > MAX_EVIDENCE:
        raise RuleViolation(
            f"แนบหลักฐานได้ไม่เกิน {MAX_EVIDENCE} รายการ",
            f"At most {MAX_EVIDENCE} pieces of evidence.",
            code="too_much_evidence",
            details={"field": "evidence", "kept": len(kept), "most": MAX_EVIDENCE},
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
            details={"field": "evidence", "sha256": repeated},
        )


def evaluate_production(
    history: list[DomainEvent], command: EvaluateProduction, today: date
) -> list[DomainEvent]:
    registered = standing(history)
    scores = [ev.IndicatorScore(**s.model_dump(mode="json")) for s in command.scores]
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
            "คะแนนต้องอยู่ระหว่าง 1 ถึง 4",
            "Scores run from 1 to 4.",
            code="score_out_of_range",
            details={"field": "scores"},
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
            comment=command.comment.strip(),
            evaluated_on=today,
        )
    ]
