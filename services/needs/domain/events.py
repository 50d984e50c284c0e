"""needs events. Each carries the school, ESA, province and academic year a reader needs."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict

from kit.events import DomainEvent, EventRegistry


class TargetSchool(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    school: str
    cluster: str


class CampaignOpened(DomainEvent):
    type = "needs.CampaignOpened"
    campaign_id: str
    esa: str
    province: str
    academic_year: int  # B.E.
    title: str
    opens_on: date
    closes_on: date  # last day on which responses are accepted (Asia/Bangkok)
    target_kind: str  # "all", "cluster" or "list"
    target_schools: list[TargetSchool]


class CampaignClosed(DomainEvent):
    type = "needs.CampaignClosed"
    campaign_id: str
    esa: str
    province: str
    academic_year: int
    closed_on: date


class SurveyResponseSubmitted(DomainEvent):
    type = "needs.SurveyResponseSubmitted"
    campaign_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    revision: int  # 1 for the first submission, then 2, 3... for revisions
    answers: dict[str, Any]


registry = EventRegistry([CampaignOpened, CampaignClosed, SurveyResponseSubmitted])
