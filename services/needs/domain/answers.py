"""A school's answers checked against the template version it answered, and the needs they say.

Answer shapes by kind: choice -> an option id (or a list of ids when `multiple`); scale -> a
whole number within the scale; number -> a number within bounds; text -> non-blank text.
A question whose `show_if` is not met is skipped: it must not be answered and is not required.
Each problem names the question (`question`, and its Thai text as `label`), the `problem` and a
Thai `message`; a form shows the message beside the question.

Needs expressed (what reporting ranks): each chosen option marked `need`; a scale answer at
or above the question's threshold; a number above zero (its amount is the number).
"""

from __future__ import annotations

import math
from typing import Any

from kit.errors import InvalidInput
from services.needs.domain import events as ev
from services.needs.domain.questions import Question

Answers = dict[str, Any]


def visible_questions(questions: list[Question], answers: Answers) -> set[str]:
    """Ids of the questions asked, given the answers (skip rules applied in order)."""
    shown: set[str] = set()
    for q in questions:
        rule = q.show_if
        if rule is None or (
            rule.question in shown and _matches(answers.get(rule.question), rule.any_of)
        ):
            shown.add(q.id)
    return shown


def _matches(answer: Any, any_of: list[Any]) -> bool:
    if isinstance(answer, list):
        return any(a in any_of for a in answer)
    return answer is not None and not isinstance(answer, bool) and answer in any_of


def check_answers(questions: list[Question], answers: Answers) -> None:
    """Refuse (listing every problem) answers that do not fit the version's questions."""
    problems: list[dict[str, str]] = []
    by_id = {q.id: q for q in questions}
    shown = visible_questions(questions, answers)
    for qid in sorted(set(answers) - set(by_id)):
        problems.append(_problem(qid, qid, "unknown_question", "ไม่มีคำถามนี้ในแบบสำรวจฉบับที่ตอบ"))
    for q in questions:
        if q.id in answers and q.id not in shown:
            problems.append(_asked(q, "question_skipped", "คำถามนี้ถูกข้ามตามเงื่อนไข ไม่ต้องตอบ"))
        elif q.id in answers:
            problem = _value_problem(q, answers[q.id])
            if problem:
                problems.append(_asked(q, *problem))
        elif q.required and q.id in shown:
            problems.append(_asked(q, "required", "ต้องตอบคำถามนี้"))
    if problems:
        raise InvalidInput(
            "คำตอบไม่ครบถ้วนหรือไม่ถูกต้อง กรุณาตรวจสอบตามรายละเอียด",
            "Some answers are missing or do not fit the questions; see details.",
            code="answers_invalid",
            details=problems,
        )


def _value_problem(q: Question, value: Any) -> tuple[str, str] | None:
    if q.kind == "choice":
        return _choice_problem(q, value)
    if q.kind == "scale":
        if not isinstance(value, int) or isinstance(value, bool):
            return "not_a_whole_number", "ต้องตอบเป็นจำนวนเต็มตามมาตราส่วน"
        if not q.scale_min <= value <= q.scale_max:
            return "out_of_range", f"ต้องอยู่ระหว่าง {q.scale_min} ถึง {q.scale_max}"
        return None
    if q.kind == "number":
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
        ):
            return "not_a_number", "ต้องตอบเป็นตัวเลข"
        if not q.number_min <= value <= q.number_max:
            return "out_of_range", f"ต้องอยู่ระหว่าง {q.number_min:g} ถึง {q.number_max:g}"
        return None
    if not isinstance(value, str) or not value.strip():
        return "not_text", "ต้องตอบเป็นข้อความ"
    if len(value) > q.max_length:
        return "too_long", f"ข้อความยาวได้ไม่เกิน {q.max_length} ตัวอักษร"
    return None


def _choice_problem(q: Question, value: Any) -> tuple[str, str] | None:
    chosen = value if q.multiple and isinstance(value, list) else [value]
    if q.multiple and not isinstance(value, list):
        return "not_a_list", "คำถามนี้เลือกได้หลายข้อ ให้ตอบเป็นรายการ"
    if not chosen or len(set(map(str, chosen))) != len(chosen):
        return "choices_invalid", "ต้องเลือกอย่างน้อยหนึ่งข้อและไม่ซ้ำกัน"
    if any(not isinstance(c, str) or q.option(c) is None for c in chosen):
        return "unknown_option", "ไม่มีตัวเลือกนี้ในคำถาม"
    return None


def needs_expressed(questions: list[Question], answers: Answers) -> list[ev.NeedExpressed]:
    """The needs a (valid) set of answers expresses, in question order."""
    needs: list[ev.NeedExpressed] = []
    for q in questions:
        value = answers.get(q.id)
        if value is None:
            continue
        if q.kind == "choice":
            for option_id in value if isinstance(value, list) else [value]:
                option = q.option(option_id)
                if option and option.need:
                    needs.append(_need(q, f"{q.id}:{option.id}", option.label_th, 1))
        elif q.kind == "scale" and value >= q.need_threshold():
            needs.append(_need(q, q.id, q.text_th, 1))
        elif q.kind == "number" and value > 0:
            needs.append(_need(q, q.id, q.text_th, float(value)))
    return needs


def _need(q: Question, item: str, label_th: str, amount: float) -> ev.NeedExpressed:
    return ev.NeedExpressed(
        category=q.category, subject=q.subject, item=item, label_th=label_th, amount=amount
    )


def _asked(q: Question, code: str, message_th: str) -> dict[str, str]:
    return _problem(q.id, q.text_th, code, message_th)


def _problem(question: str, label: str, code: str, message_th: str) -> dict[str, str]:
    """One answer at fault: the question's id and Thai label, what is wrong, in Thai."""
    return {"question": question, "label": label, "problem": code, "message": message_th}
