"""Reminders of a campaign: the schools that have not answered, or not corrected a returned
response, are named in an event other systems deliver (a message, a webhook).

Which schools those are comes from the service's records (a view), not from the response
streams: see docs/needs.md, "Decisions on read-model data".
"""

from __future__ import annotations

from datetime import date

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain.campaigns import campaign_from, facts, require_running


def send_reminder(
    history: list[DomainEvent], missing: list[ev.RemindedSchool], today: date
) -> list[DomainEvent]:
    campaign = campaign_from(history)
    require_running(campaign, today)
    if not missing:
        raise RuleViolation(
            "ทุกโรงเรียนตอบแบบสำรวจครบแล้ว ไม่มีโรงเรียนที่ต้องแจ้งเตือน",
            "Every target school has answered; nobody to remind.",
            code="nothing_to_remind",
            details={"campaign_id": campaign.opened.campaign_id},
        )
    o = campaign.opened
    return [
        ev.CampaignReminderSent(
            **facts(campaign),
            title=o.title,
            closes_on=o.closes_on,
            reminder=campaign.reminders + 1,
            schools=sorted(missing, key=lambda s: s.school),
            sent_on=today,
        )
    ]
