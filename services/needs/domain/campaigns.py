"""Campaigns: opened on a template version for an ESA's target schools, reminded, closed.

A campaign accepts answers from `opens_on` to the end of `closes_on` (Thai time) unless it
was closed earlier. It is for the academic year in which it opens or the next one (the needs
study runs in March, before the year it prepares). While open it may adopt a newer version of
its template; responses then answer that version (earlier responses keep theirs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from kit.thai import academic_year
from services.needs.domain import events as ev
from services.needs.domain.days import thai
from services.needs.domain.templates import Template

LONGEST = timedelta(days=366)


def campaign_stream(campaign_id: str) -> str:
    return f"campaign-{campaign_id}"


@dataclass(frozen=True)
class Campaign:
    opened: ev.CampaignOpened
    closed: ev.CampaignClosed | None
    template_version: int
    reminders: int

    def accepts_answers_on(self, day: date) -> bool:
        o = self.opened
        return self.closed is None and o.opens_on <= day <= o.closes_on

    def target(self, school: str) -> ev.TargetSchool | None:
        return next((t for t in self.opened.target_schools if t.school == school), None)


def campaign_from(history: list[DomainEvent]) -> Campaign:
    opened = next((e for e in history if isinstance(e, ev.CampaignOpened)), None)
    if opened is None:
        raise NotFound("ไม่พบการสำรวจนี้", "No such survey campaign.", code="campaign_not_found")
    version = opened.template_version
    for e in history:
        if isinstance(e, ev.CampaignTemplateVersionAdopted):
            version = e.to_version
    closed = next((e for e in history if isinstance(e, ev.CampaignClosed)), None)
    reminders = sum(isinstance(e, ev.CampaignReminderSent) for e in history)
    return Campaign(opened, closed, version, reminders)


def open_campaign(
    history: list[DomainEvent], opened: ev.CampaignOpened, template: Template, today: date
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "เปิดการสำรวจนี้แล้ว", "This campaign is already open.", code="campaign_exists"
        )
    if opened.closes_on < opened.opens_on:
        raise InvalidInput(
            "วันปิดต้องไม่ก่อนวันเปิด", "closes_on must not be before opens_on.", code="dates_reversed"
        )
    if opened.closes_on < today:
        raise InvalidInput(
            f"วันปิดรับคำตอบ ({thai(opened.closes_on)}) ผ่านไปแล้ว",
            "The closing day has already passed.",
            code="closes_in_the_past",
        )
    if opened.closes_on - opened.opens_on > LONGEST:
        raise InvalidInput(
            "เปิดรับคำตอบได้ไม่เกิน 1 ปี", "A campaign may run for a year at most.", code="too_long"
        )
    first_year = academic_year(opened.opens_on)
    if opened.academic_year not in (first_year, first_year + 1):
        raise InvalidInput(
            f"ปีการศึกษาต้องเป็น {first_year} หรือ {first_year + 1} ตามวันเปิดรับคำตอบ",
            "The academic year must be the one in which the campaign opens, or the next.",
            code="academic_year_mismatch",
        )
    if not opened.target_schools:
        raise RuleViolation(
            "ไม่มีโรงเรียนเป้าหมาย", "The campaign has no target schools.", code="no_target_schools"
        )
    _require_version(template, opened.template_version)
    return [opened]


def _require_version(template: Template, version: int) -> None:
    if template.version(version) is None:
        raise InvalidInput(
            f"แบบสำรวจนี้ไม่มีฉบับที่ {version}",
            f"The template has no version {version}.",
            code="template_version_unknown",
        )


def adopt_template_version(
    history: list[DomainEvent], template: Template, version: int, today: date
) -> list[DomainEvent]:
    campaign = campaign_from(history)
    _require_running(campaign, today)
    _require_version(template, version)
    if version <= campaign.template_version:
        raise RuleViolation(
            f"การสำรวจใช้แบบสำรวจฉบับที่ {campaign.template_version} อยู่แล้ว เปลี่ยนได้เฉพาะฉบับที่ใหม่กว่า",
            "A campaign only moves to a newer version of its template.",
            code="template_version_not_newer",
        )
    o = campaign.opened
    return [
        ev.CampaignTemplateVersionAdopted(
            campaign_id=o.campaign_id,
            esa=o.esa,
            province=o.province,
            academic_year=o.academic_year,
            template_id=o.template_id,
            from_version=campaign.template_version,
            to_version=version,
        )
    ]


def send_reminder(
    history: list[DomainEvent], missing: list[ev.RemindedSchool], today: date
) -> list[DomainEvent]:
    campaign = campaign_from(history)
    _require_running(campaign, today)
    if not missing:
        raise RuleViolation(
            "ทุกโรงเรียนตอบแบบสำรวจครบแล้ว ไม่มีโรงเรียนที่ต้องแจ้งเตือน",
            "Every target school has answered; nobody to remind.",
            code="nothing_to_remind",
        )
    o = campaign.opened
    return [
        ev.CampaignReminderSent(
            campaign_id=o.campaign_id,
            esa=o.esa,
            province=o.province,
            academic_year=o.academic_year,
            title=o.title,
            closes_on=o.closes_on,
            reminder=campaign.reminders + 1,
            schools=sorted(missing, key=lambda s: s.school),
            sent_on=today,
        )
    ]


def _require_running(campaign: Campaign, today: date) -> None:
    if campaign.closed is not None or today > campaign.opened.closes_on:
        raise RuleViolation("การสำรวจปิดแล้ว", "The campaign is closed.", code="campaign_closed")


def close_campaign(history: list[DomainEvent], today: date) -> list[DomainEvent]:
    """Close now (early, or to confirm the end). Closing a closed campaign changes nothing."""
    campaign = campaign_from(history)
    if campaign.closed is not None:
        return []
    o = campaign.opened
    return [
        ev.CampaignClosed(
            campaign_id=o.campaign_id,
            esa=o.esa,
            province=o.province,
            academic_year=o.academic_year,
            closed_on=today,
        )
    ]
