"""Survey events: template versions, campaigns, and the schools' responses (forms 1 and 2)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from kit.events import DomainEvent
from services.needs.domain.events.value import Value
from services.needs.domain.questions import Question
from services.needs.domain.vocabulary import Category, Subject


class SurveyTemplateVersionPublished(DomainEvent):
    """A version of a survey template; it never changes afterwards (version 1 creates it)."""

    type = "needs.SurveyTemplateVersionPublished"
    template_id: str
    esa: str
    province: str
    version: int = 0  # numbered when published: 1, 2, 3...
    title_th: str
    title_en: str = ""
    description_th: str = ""
    questions: list[Question]
    published_on: date


class TargetSchool(Value):
    school: str
    cluster: str
    name_th: str = ""


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
    target_cluster: str = ""
    target_schools: list[TargetSchool]
    template_id: str
    template_version: int


class CampaignTemplateVersionAdopted(DomainEvent):
    """From now on the campaign asks a newer version of its template."""

    type = "needs.CampaignTemplateVersionAdopted"
    campaign_id: str
    esa: str
    province: str
    academic_year: int
    template_id: str
    from_version: int
    to_version: int


class RemindedSchool(Value):
    school: str
    cluster: str
    name_th: str = ""
    status: Literal["not_answered", "returned"]


class CampaignReminderSent(DomainEvent):
    """The schools that have not answered (or not corrected a returned response) were reminded."""

    type = "needs.CampaignReminderSent"
    campaign_id: str
    esa: str
    province: str
    academic_year: int
    title: str
    closes_on: date
    reminder: int  # 1 for the first reminder of this campaign, then 2, 3...
    schools: list[RemindedSchool]
    sent_on: date


class CampaignClosed(DomainEvent):
    type = "needs.CampaignClosed"
    campaign_id: str
    esa: str
    province: str
    academic_year: int
    closed_on: date


class NeedExpressed(Value):
    """One need a response expresses, tagged for ranking by category and learning area."""

    category: Category
    subject: Subject
    item: str  # question id, or "question:option" for a chosen option
    label_th: str
    amount: float = 1


class SurveyResponseSubmitted(DomainEvent):
    type = "needs.SurveyResponseSubmitted"
    campaign_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    revision: int  # 1 for the first submission, then 2, 3... for revisions
    template_id: str
    template_version: int  # the version of the template these answers answer
    answers: dict[str, Any]
    needs: list[NeedExpressed]
    correction: bool = False  # answers a response the supervisor returned


class SurveyResponseReturned(DomainEvent):
    """A supervisor sent a response back to its school for correction."""

    type = "needs.SurveyResponseReturned"
    campaign_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    revision: int  # the revision returned
    reason: str
    correct_by: date  # corrections are accepted until the end of this day
