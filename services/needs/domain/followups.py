"""Step 5, form 5: a supervisor follows up how a school uses media and the media service.

- One record per follow-up, for one school: the day (not in the future, at most a year back),
  on site or online, a level 1–4 on each aspect looked at (each at most once), the quality
  level read from their mean as for productions, what was found and what is recommended.
- It may name the records it concerns, each once, with what was found of its use: the
  school's own production records (not withdrawn), the media service it received (its own
  requests, fulfilled) and the model media sent to it. Records of another school or ESA,
  unknown records, and the others are refused together, each named in `details`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from kit.thai import academic_year, semester
from services.needs.domain import events as ev
from services.needs.domain.commands.followups import RecordMediaFollowup, UseOfRecord
from services.needs.domain.indicators import quality_level
from services.needs.domain.model_media import require_recent, target_of
from services.needs.domain.vocabulary import SERVICE_LABELS, LinkKind

Histories = dict[tuple[LinkKind, str], list[DomainEvent]]
Problem = dict[str, str]


def followup_stream(followup_id: str) -> str:
    return f"followup-{followup_id}"


@dataclass(frozen=True)
class Followup:
    """The record a follow-up makes: its id, the school (with its cluster) and the ESA."""

    followup_id: str
    school: ev.TargetSchool
    esa: str
    province: str


def record_followup(
    history: list[DomainEvent],
    followup: Followup,
    command: RecordMediaFollowup,
    linked: Histories,
    today: date,
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "บันทึกนี้มีแล้ว",
            "This follow-up is recorded already.",
            code="followup_exists",
            details={"followup_id": followup.followup_id},
        )
    require_recent(command.visited_on, today, "visited_on", "วันที่นิเทศ")
    aspects = [a.aspect for a in command.aspects]
    if len(set(aspects)) != len(aspects):
        raise InvalidInput(
            "ประเด็นการนิเทศซ้ำกัน",
            "An aspect is scored more than once.",
            code="aspects_repeat",
            details={"field": "aspects"},
        )
    scores = [ev.AspectScored(**a.model_dump()) for a in command.aspects]
    return [
        _followed_up(
            followup, command, scores, linked_uses(command.uses, linked, followup.school.school)
        )
    ]


def _followed_up(
    followup: Followup,
    command: RecordMediaFollowup,
    scores: list[ev.AspectScored],
    uses: list[ev.RecordUse],
) -> ev.MediaUseFollowedUp:
    mean = round(sum(s.score for s in scores) / len(scores), 2)
    day = command.visited_on
    return ev.MediaUseFollowedUp(
        followup_id=followup.followup_id,
        **followup.school.model_dump(include={"school", "cluster"}),
        esa=followup.esa,
        province=followup.province,
        academic_year=academic_year(day),
        semester=semester(day),
        visited_on=day,
        mode=command.mode,
        scores=scores,
        mean=mean,
        quality_level=quality_level(mean),
        uses=uses,
        findings=command.findings.strip(),
        recommendations=command.recommendations.strip(),
    )


def linked_uses(uses: list[UseOfRecord], linked: Histories, school: str) -> list[ev.RecordUse]:
    problems: list[Problem] = []
    found: list[ev.RecordUse] = []
    seen: set[tuple[LinkKind, str]] = set()
    for use in uses:
        key = (use.kind, use.id)
        problem = _repeat(use) if key in seen else _fault(use, linked.get(key, []), school)
        seen.add(key)
        if problem:
            problems.append(problem)
        else:
            title = TITLES[use.kind](linked[key])
            found.append(ev.RecordUse(**use.model_dump(), title=title))
    if problems:
        raise InvalidInput(
            "รายการที่อ้างถึงบางรายการไม่ถูกต้อง กรุณาตรวจสอบตามรายละเอียด",
            "Some of the records named are not this school's or cannot be followed up; see details.",
            code="links_invalid",
            details=problems,
        )
    return found


def _problem(use: UseOfRecord, code: str, message_th: str) -> Problem:
    return {"kind": use.kind.value, "id": use.id, "problem": code, "message": message_th}


def _repeat(use: UseOfRecord) -> Problem:
    return _problem(use, "repeated", "อ้างถึงรายการนี้ซ้ำ")


def _fault(use: UseOfRecord, history: list[DomainEvent], school: str) -> Problem | None:
    first = history[0] if history else None
    if use.kind is LinkKind.MODEL_MEDIA and isinstance(first, ev.ModelMediaSent):
        if target_of(first, school) is None:
            return _problem(use, "not_sent_to_school", "สื่อชุดนี้ไม่ได้ส่งถึงโรงเรียนนี้")
        return None
    if not isinstance(first, ev.ProductionRegistered | ev.ServiceRequested):
        return _problem(use, "unknown", "ไม่พบรายการนี้ในเขตพื้นที่")
    if first.school != school:
        return _problem(use, "another_school", "รายการนี้เป็นของโรงเรียนอื่น")
    if any(isinstance(e, ev.ProductionWithdrawn) for e in history):
        return _problem(use, "withdrawn", "ผลงานนี้ถูกถอนแล้ว")
    if use.kind is LinkKind.SERVICE_REQUEST and not any(
        isinstance(e, ev.ServiceFulfilled) for e in history
    ):
        return _problem(use, "not_fulfilled", "ยังไม่ได้ให้บริการตามคำขอนี้")
    return None


def _production_title(history: list[DomainEvent]) -> str:
    first = history[0]
    assert isinstance(first, ev.ProductionRegistered)
    return first.title


def _request_title(history: list[DomainEvent]) -> str:
    first = history[0]
    assert isinstance(first, ev.ServiceRequested)
    return f"{SERVICE_LABELS[first.kind][0]}: {first.details[:200]}"


def _dispatch_title(history: list[DomainEvent]) -> str:
    first = history[0]
    assert isinstance(first, ev.ModelMediaSent)
    return first.title


TITLES: dict[LinkKind, Callable[[list[DomainEvent]], str]] = {
    LinkKind.PRODUCTION: _production_title,
    LinkKind.SERVICE_REQUEST: _request_title,
    LinkKind.MODEL_MEDIA: _dispatch_title,
}
