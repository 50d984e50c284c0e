"""A school's response to a campaign: submitted, revised until close, returned for correction.

- Only a target school answers, once per campaign; a later submission is a new revision
  (every revision is kept in the stream).
- Answers are checked against the template version the campaign asks now; a school whose
  form shows an older version is told to reload it.
- Nothing is accepted before the campaign opens or after it closed (late submissions are
  refused with the closing day in Thai); a response a supervisor returned may be corrected
  until its `correct_by` day, even after the closing day, unless the campaign was closed.
- A supervisor returns a submitted response with a reason, once per revision, while the
  campaign is not closed. The correction day defaults to a week from now, or the closing day
  if that is later.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kit.errors import Conflict, InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.answers import check_answers, needs_expressed
from services.needs.domain.campaigns import Campaign, closing
from services.needs.domain.commands.surveys import ReturnResponse, SubmitResponse
from services.needs.domain.days import thai
from services.needs.domain.reasons import reason_given
from services.needs.domain.templates import Template

CORRECTION_DAYS = timedelta(days=7)


def response_stream(campaign_id: str, school: str) -> str:
    return f"response-{campaign_id}-{school}"


def pending_return(history: list[DomainEvent]) -> ev.SurveyResponseReturned | None:
    """The return not yet answered by a correction, if any."""
    last = history[-1] if history else None
    return last if isinstance(last, ev.SurveyResponseReturned) else None


def submit_response(
    campaign: Campaign,
    template: Template,
    history: list[DomainEvent],
    school: str,
    command: SubmitResponse,
    today: date,
) -> list[DomainEvent]:
    target = _target(campaign, school)
    returned = pending_return(history)
    _require_accepting(campaign, returned, today)
    version = campaign.template_version
    _require_version_shown(version, command.template_version)
    published = template.version(version)
    assert published is not None, "a campaign only adopts published versions"
    answers: dict[str, Any] = dict(command.answers)
    check_answers(published.questions, answers)
    o = campaign.opened
    return [
        ev.SurveyResponseSubmitted(
            campaign_id=o.campaign_id,
            school=school,
            cluster=target.cluster,
            esa=o.esa,
            province=o.province,
            academic_year=o.academic_year,
            revision=_submissions(history) + 1,
            template_id=o.template_id,
            template_version=version,
            answers=answers,
            needs=needs_expressed(published.questions, answers),
            correction=returned is not None,
        )
    ]


def _target(campaign: Campaign, school: str) -> ev.TargetSchool:
    target = campaign.target(school)
    if target is None:
        raise RuleViolation(
            "โรงเรียนนี้ไม่อยู่ในกลุ่มเป้าหมายของการสำรวจ",
            "This school is not a target of the campaign.",
            code="not_a_target_school",
            details={"school": school},
        )
    return target


def _require_version_shown(version: int, shown: int | None) -> None:
    """The school's form showed the version the campaign asks now (else it reloads)."""
    if shown is not None and shown != version:
        raise Conflict(
            f"แบบสำรวจมีฉบับปรับปรุง (ฉบับที่ {version}) กรุณาโหลดแบบสำรวจใหม่แล้วตอบอีกครั้ง",
            f"The campaign now asks version {version} of its template; reload the form.",
            code="template_version_outdated",
            details={"answered_version": shown, "current_version": version},
        )


def _submissions(history: list[DomainEvent]) -> int:
    return sum(isinstance(e, ev.SurveyResponseSubmitted) for e in history)


def _require_accepting(
    campaign: Campaign, returned: ev.SurveyResponseReturned | None, today: date
) -> None:
    o = campaign.opened
    if campaign.closed is not None:
        raise RuleViolation(
            f"ส่งคำตอบไม่ได้ การสำรวจ “{o.title}” ปิดแล้วเมื่อ {thai(campaign.closed.closed_on)}",
            f"Responses are no longer accepted: the campaign was closed on {campaign.closed.closed_on}.",
            code="campaign_closed",
            details=closing(campaign),
        )
    if returned is not None and today <= returned.correct_by:
        return
    if today < o.opens_on:
        raise RuleViolation(
            f"การสำรวจ “{o.title}” ยังไม่เปิดรับคำตอบ (เปิดรับ {thai(o.opens_on)} ถึง {thai(o.closes_on)})",
            f"The campaign opens on {o.opens_on}; responses are not accepted yet.",
            code="campaign_not_open_yet",
            details={"opens_on": str(o.opens_on), "closes_on": str(o.closes_on)},
        )
    if today > o.closes_on and returned is not None:
        raise RuleViolation(
            f"เลยกำหนดส่งคำตอบที่แก้ไขแล้ว (ต้องส่งภายในวันที่ {thai(returned.correct_by)})",
            f"Late: the correction was due by the end of {returned.correct_by}.",
            code="correction_late",
            details={"correct_by": str(returned.correct_by)},
        )
    if today > o.closes_on:
        raise RuleViolation(
            f"ส่งคำตอบไม่ได้ เพราะเลยกำหนดแล้ว: การสำรวจ “{o.title}” "
            f"ปิดรับคำตอบเมื่อสิ้นวันที่ {thai(o.closes_on)}",
            f"Late: responses were accepted until the end of {o.closes_on}.",
            code="campaign_closed",
            details=closing(campaign),
        )


def return_response(
    campaign: Campaign,
    history: list[DomainEvent],
    school: str,
    command: ReturnResponse,
    today: date,
) -> list[DomainEvent]:
    last = _returnable(campaign, history, school)
    reason = reason_given(command.reason, "กรุณาระบุเหตุผลที่ส่งคืน")
    day = command.correct_by or max(campaign.opened.closes_on, today + CORRECTION_DAYS)
    if day < today:
        raise InvalidInput(
            "วันที่กำหนดให้แก้ไขต้องไม่ก่อนวันนี้",
            "correct_by must not be in the past.",
            code="correct_by_in_the_past",
            details={"field": "correct_by", "today": str(today)},
        )
    facts = last.model_dump(include={"campaign_id", "cluster", "esa", "province", "academic_year"})
    return [
        ev.SurveyResponseReturned(
            **facts, school=school, revision=last.revision, reason=reason, correct_by=day
        )
    ]


def _returnable(
    campaign: Campaign, history: list[DomainEvent], school: str
) -> ev.SurveyResponseSubmitted:
    """The latest submission, when it may be returned: not already, not once closed."""
    last = next((e for e in reversed(history) if isinstance(e, ev.SurveyResponseSubmitted)), None)
    if last is None:
        raise RuleViolation(
            "โรงเรียนนี้ยังไม่ได้ส่งคำตอบ",
            "This school has not answered yet.",
            code="no_response",
            details={"school": school},
        )
    returned = pending_return(history)
    if returned is not None:
        raise RuleViolation(
            "ส่งคืนคำตอบนี้ให้แก้ไขแล้ว กำลังรอโรงเรียนแก้ไข",
            "This response was already returned and awaits its correction.",
            code="already_returned",
            details={"revision": returned.revision, "correct_by": str(returned.correct_by)},
        )
    if campaign.closed is not None:
        raise RuleViolation(
            "การสำรวจปิดแล้ว",
            "The campaign is closed.",
            code="campaign_closed",
            details=closing(campaign),
        )
    return last
