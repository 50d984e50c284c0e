"""Classroom observations scored on a versioned rubric (4 levels per indicator).

A rubric is published in versions; an observation names the version it used, and its
scores must cover exactly that version's indicators. Old observations keep their version.
"""

from __future__ import annotations

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import records as rec
from services.supervision.domain.events import visits as ev
from services.supervision.domain.events.parts import Indicator
from services.supervision.domain.terms import LEVELS, overall_level
from services.supervision.domain.visits import visit_from


def rubric_stream(esa: str, rubric_id: str) -> str:
    return f"rubric-{esa}-{rubric_id}"


def versions(history: list[DomainEvent]) -> dict[int, rec.RubricVersionPublished]:
    return {e.version: e for e in history if isinstance(e, rec.RubricVersionPublished)}


def publish_rubric(
    history: list[DomainEvent],
    esa: str,
    province: str,
    rubric_id: str,
    title: str,
    indicators: list[Indicator],
) -> list[DomainEvent]:
    ids = [i.indicator_id for i in indicators]
    if len(ids) != len(set(ids)):
        raise InvalidInput("รหัสตัวชี้วัดซ้ำกัน", "Indicator ids repeat.", code="duplicate_indicators")
    known = versions(history)
    latest = known[max(known)] if known else None
    if latest and latest.title == title and latest.indicators == indicators:
        return []
    return [
        rec.RubricVersionPublished(
            esa=esa,
            province=province,
            rubric_id=rubric_id,
            version=len(known) + 1,
            title=title,
            indicators=indicators,
        )
    ]


def rubric_version(history: list[DomainEvent], version: int | None) -> rec.RubricVersionPublished:
    known = versions(history)
    chosen = known.get(version if version is not None else max(known, default=0))
    if chosen is None:
        raise NotFound("ไม่พบเกณฑ์การประเมิน (รูบริก) ฉบับนี้", "No such rubric version.")
    return chosen


def observe_classroom(
    history: list[DomainEvent],
    rubric: rec.RubricVersionPublished,
    observation_id: str,
    teacher: str,
    subject_area: str,
    grade_level: str,
    scores: dict[str, str],
    notes: str,
) -> list[DomainEvent]:
    visit = visit_from(history)
    if observation_id in visit.observations:
        return []
    _check_scores(rubric, scores)
    return [
        ev.ClassroomObserved(
            **visit.facts(),
            observation_id=observation_id,
            rubric_id=rubric.rubric_id,
            rubric_version=rubric.version,
            teacher=teacher,
            subject_area=subject_area,
            grade_level=grade_level,
            scores=scores,
            overall_level=overall_level(list(scores.values())),
            notes=notes,
        )
    ]


def _check_scores(rubric: rec.RubricVersionPublished, scores: dict[str, str]) -> None:
    wanted = {i.indicator_id for i in rubric.indicators}
    if set(scores) != wanted:
        raise RuleViolation(
            "ต้องให้ระดับคุณภาพครบทุกตัวชี้วัดของเกณฑ์ฉบับนี้ และไม่มีตัวชี้วัดอื่น",
            "Scores must cover exactly the indicators of this rubric version.",
            code="scores_do_not_match_rubric",
            details={
                "missing": sorted(wanted - set(scores)),
                "unknown": sorted(set(scores) - wanted),
            },
        )
    bad = sorted(k for k, level in scores.items() if level not in LEVELS)
    if bad:
        raise InvalidInput(
            "ระดับคุณภาพต้องเป็น ดีเยี่ยม ดี พอใช้ หรือ ปรับปรุง",
            "Levels are excellent, good, fair or improve.",
            code="unknown_level",
            details={"indicators": bad},
        )
