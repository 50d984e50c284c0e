"""Campaigns and survey responses: the rules, as pure functions over each stream's history.

A campaign is open from `opens_on` to the end of `closes_on` (Thai time) unless closed
earlier. Only its target schools answer; each answers once and may revise until it closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev

BANGKOK = ZoneInfo("Asia/Bangkok")


def campaign_stream(campaign_id: str) -> str:
    return f"campaign-{campaign_id}"


def response_stream(campaign_id: str, school: str) -> str:
    return f"response-{campaign_id}-{school}"


@dataclass(frozen=True)
class Campaign:
    opened: ev.CampaignOpened
    closed: bool

    def is_open(self, now: datetime) -> bool:
        today = now.astimezone(BANGKOK).date()
        return not self.closed and self.opened.opens_on <= today <= self.opened.closes_on

    def target(self, school: str) -> ev.TargetSchool | None:
        return next((t for t in self.opened.target_schools if t.school == school), None)


def campaign_from(history: list[DomainEvent]) -> Campaign:
    opened = next((e for e in history if isinstance(e, ev.CampaignOpened)), None)
    if opened is None:
        raise NotFound("ไม่พบการสำรวจนี้", "No such survey campaign.")
    return Campaign(opened, any(isinstance(e, ev.CampaignClosed) for e in history))


def open_campaign(history: list[DomainEvent], opened: ev.CampaignOpened) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "เปิดการสำรวจนี้แล้ว", "This campaign is already open.", code="campaign_exists"
        )
    if opened.closes_on < opened.opens_on:
        raise InvalidInput(
            "วันปิดต้องไม่ก่อนวันเปิด", "closes_on must not be before opens_on.", code="dates_reversed"
        )
    if not opened.target_schools:
        raise RuleViolation(
            "ไม่มีโรงเรียนเป้าหมาย", "The campaign has no target schools.", code="no_target_schools"
        )
    return [opened]


def close_campaign(history: list[DomainEvent], today: date) -> list[DomainEvent]:
    campaign = campaign_from(history)
    if campaign.closed:
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


def submit_response(
    campaign: Campaign,
    history: list[DomainEvent],
    school: str,
    answers: dict[str, Any],
    now: datetime,
) -> list[DomainEvent]:
    target = campaign.target(school)
    if target is None:
        raise RuleViolation(
            "โรงเรียนนี้ไม่อยู่ในกลุ่มเป้าหมายของการสำรวจ",
            "This school is not a target of the campaign.",
            code="not_a_target_school",
        )
    if not campaign.is_open(now):
        o = campaign.opened
        raise RuleViolation(
            f"การสำรวจปิดรับคำตอบแล้ว (เปิดรับ {o.opens_on:%d/%m}/{o.opens_on.year + 543} ถึง "
            f"{o.closes_on:%d/%m}/{o.closes_on.year + 543})",
            f"The campaign does not accept responses now (open {o.opens_on} to {o.closes_on}).",
            code="campaign_closed",
        )
    o = campaign.opened
    revision = sum(isinstance(e, ev.SurveyResponseSubmitted) for e in history) + 1
    return [
        ev.SurveyResponseSubmitted(
            campaign_id=o.campaign_id,
            school=school,
            cluster=target.cluster,
            esa=o.esa,
            province=o.province,
            academic_year=o.academic_year,
            revision=revision,
            answers=answers,
        )
    ]
