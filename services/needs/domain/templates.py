"""Survey templates with versions: a published version never changes; a change is a new version.

Rules checked when a version is published:
- question ids are unique; a choice has 2+ options with unique ids; a scale's bounds are in
  order and its need threshold inside them; a number's bounds are in order;
- `show_if` points to an earlier choice or scale question and to values it can take;
- a question id keeps its meaning across versions (its kind, and a scale its bounds), so
  summaries that add answers of several versions stay correct: a new meaning needs a new id;
- a version identical to the latest one is refused (nothing to publish).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.questions import Question, meaning

MAX_QUESTIONS = 200


def template_stream(template_id: str) -> str:
    return f"template-{template_id}"


@dataclass(frozen=True)
class Template:
    versions: list[ev.SurveyTemplateVersionPublished]

    @property
    def latest(self) -> ev.SurveyTemplateVersionPublished:
        return self.versions[-1]

    def version(self, number: int) -> ev.SurveyTemplateVersionPublished | None:
        return self.versions[number - 1] if 1 <= number <= len(self.versions) else None


def template_from(history: list[DomainEvent]) -> Template:
    versions = [e for e in history if isinstance(e, ev.SurveyTemplateVersionPublished)]
    if not versions:
        raise NotFound(
            "ไม่พบแบบสำรวจนี้",
            "No such survey template.",
            code="template_not_found",
            details={"resource": "template"},
        )
    return Template(versions)


def publish_version(
    history: list[DomainEvent], draft: ev.SurveyTemplateVersionPublished
) -> list[DomainEvent]:
    """Publish `draft` as the next version (its `version` field is set here)."""
    earlier = [e for e in history if isinstance(e, ev.SurveyTemplateVersionPublished)]
    problems = question_problems(draft.questions)
    problems += meaning_problems(draft.questions, earlier)
    if problems:
        raise InvalidInput(
            "แบบสำรวจมีข้อผิดพลาด กรุณาแก้ไขตามรายละเอียด",
            "The survey template has problems; see details.",
            code="template_invalid",
            details=problems,
        )
    if earlier and _content(earlier[-1]) == _content(draft):
        raise RuleViolation(
            "ฉบับนี้เหมือนฉบับล่าสุดทุกประการ ไม่ต้องเผยแพร่ฉบับใหม่",
            "This version is identical to the latest one; nothing to publish.",
            code="template_unchanged",
            details={"latest_version": earlier[-1].version},
        )
    return [draft.model_copy(update={"version": len(earlier) + 1})]


def _content(version: ev.SurveyTemplateVersionPublished) -> dict[str, Any]:
    return version.model_dump(include={"title_th", "title_en", "description_th", "questions"})


def question_problems(questions: list[Question]) -> list[dict[str, str]]:
    problems: list[dict[str, str]] = []
    if not 1 <= len(questions) <= MAX_QUESTIONS:
        problems.append(_problem("", "question_count", f"ต้องมีคำถาม 1-{MAX_QUESTIONS} ข้อ"))
    seen: dict[str, Question] = {}
    for q in questions:
        if q.id in seen:
            problems.append(_problem(q.id, "duplicate_question", "รหัสคำถามซ้ำ"))
        problems += _shape_problems(q)
        if q.show_if is not None:
            problems += _condition_problems(q, seen)
        seen[q.id] = q
    return problems


def _shape_problems(q: Question) -> list[dict[str, str]]:
    out = []
    if q.kind == "choice":
        ids = [o.id for o in q.options]
        if len(ids) < 2:
            out.append(_problem(q.id, "too_few_options", "คำถามแบบเลือกตอบต้องมีอย่างน้อย 2 ตัวเลือก"))
        if len(set(ids)) != len(ids):
            out.append(_problem(q.id, "duplicate_option", "รหัสตัวเลือกซ้ำ"))
    elif q.options:
        out.append(_problem(q.id, "options_not_allowed", "มีตัวเลือกได้เฉพาะคำถามแบบเลือกตอบ"))
    if q.kind == "scale":
        if q.scale_min >= q.scale_max:
            out.append(_problem(q.id, "scale_reversed", "ค่าต่ำสุดของมาตราส่วนต้องน้อยกว่าค่าสูงสุด"))
        elif not q.scale_min <= q.need_threshold() <= q.scale_max:
            out.append(_problem(q.id, "need_from_outside_scale", "เกณฑ์ความต้องการอยู่นอกมาตราส่วน"))
    if q.kind == "number" and q.number_min > q.number_max:
        out.append(_problem(q.id, "number_reversed", "ค่าต่ำสุดต้องไม่มากกว่าค่าสูงสุด"))
    return out


def _condition_problems(q: Question, earlier: dict[str, Question]) -> list[dict[str, str]]:
    assert q.show_if is not None
    source = earlier.get(q.show_if.question)
    if source is None:
        return [_problem(q.id, "show_if_unknown", "เงื่อนไขต้องอ้างถึงคำถามที่อยู่ก่อนหน้า")]
    if source.kind == "choice":
        valid = all(isinstance(v, str) and source.option(v) for v in q.show_if.any_of)
    elif source.kind == "scale":
        valid = all(
            isinstance(v, int) and source.scale_min <= v <= source.scale_max
            for v in q.show_if.any_of
        )
    else:
        return [_problem(q.id, "show_if_kind", "เงื่อนไขใช้ได้กับคำถามแบบเลือกตอบหรือมาตราส่วน")]
    if not valid:
        return [_problem(q.id, "show_if_value", "ค่าในเงื่อนไขไม่ตรงกับตัวเลือกของคำถามต้นทาง")]
    return []


def meaning_problems(
    questions: list[Question], earlier: list[ev.SurveyTemplateVersionPublished]
) -> list[dict[str, str]]:
    before = {q.id: meaning(q) for v in earlier for q in v.questions}
    return [
        _problem(q.id, "question_meaning_changed", "คำถามเดิมเปลี่ยนชนิดหรือมาตราส่วนไม่ได้ ให้ใช้รหัสใหม่")
        for q in questions
        if q.id in before and before[q.id] != meaning(q)
    ]


def _problem(question: str, code: str, message_th: str) -> dict[str, str]:
    return {"question": question, "problem": code, "message": message_th}
