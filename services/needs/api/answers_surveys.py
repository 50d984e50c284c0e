"""What the survey routes read (step 1, forms 1 and 2): schools, templates, campaigns, forms,
responses, non-respondents and the campaign summary."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field

from services.needs.api.answers import Answer
from services.needs.domain.commands.common import TargetKind
from services.needs.domain.questions import Question
from services.needs.domain.vocabulary import Category, Subject

Year = Field(description='Academic year in B.E., as text (e.g. "2569")')


class School(Answer):
    school: str
    name_th: str = ""
    esa: str
    cluster: str
    province: str


class TemplateVersion(Answer):
    version: int
    title_th: str
    title_en: str = ""
    description_th: str = ""
    questions: list[Question]
    published_on: date


class TemplateListed(Answer):
    template_id: str
    esa: str
    province: str
    title_th: str = Field(description="The latest version's title")
    latest_version: int
    questions: int = Field(description="How many questions the latest version asks")
    created_on: date


class Template(TemplateListed):
    versions: list[TemplateVersion]


class TargetedSchool(Answer):
    cluster: str
    name_th: str = ""


class ResponseStatus(Answer):
    revision: int
    status: Literal["submitted", "returned"]
    template_version: int | None = None
    at: datetime | None = Field(default=None, description="When it was submitted")
    correct_by: date | None = None
    reason: str | None = Field(default=None, description="Why it was returned")


class Reminder(Answer):
    reminder: int
    sent_on: date
    schools: list[str]


class Campaign(Answer):
    """A campaign; a school reads its own part only (`my_response`; no targets, answers of
    others or reminders)."""

    campaign_id: str
    esa: str
    province: str
    year: str = Year
    title: str
    opens_on: date
    closes_on: date
    target_kind: TargetKind
    target_cluster: str = ""
    template_id: str
    template_version: int
    closed: bool = False
    closed_on: date | None = None
    targets: dict[str, TargetedSchool] | None = None
    responses: dict[str, ResponseStatus] | None = None
    reminders: list[Reminder] | None = None
    my_response: ResponseStatus | None = None


class CampaignForm(Answer):
    campaign_id: str
    title: str
    closes_on: date
    template_id: str
    template_version: int
    title_th: str
    description_th: str = ""
    questions: list[Question]


class Need(Answer):
    category: Category
    subject: Subject
    item: str
    label_th: str
    amount: float = 1


class Revision(Answer):
    revision: int
    template_version: int
    answers: dict[str, Any]
    correction: bool = False
    at: datetime


class Returned(Answer):
    revision: int
    reason: str
    correct_by: date
    at: datetime


class Response(Answer):
    campaign_id: str
    school: str
    cluster: str
    esa: str
    province: str
    year: str = Year
    status: Literal["submitted", "returned"]
    revision: int
    template_id: str
    template_version: int
    answers: dict[str, Any]
    needs: list[Need]
    submitted_at: datetime
    revisions: list[Revision]
    returns: list[Returned] = []


class MissingSchool(Answer):
    school: str
    cluster: str
    name_th: str = ""
    status: Literal["not_answered", "returned"]


class NonRespondents(Answer):
    campaign_id: str
    closes_on: date
    days_left: int = Field(description="Days from today (Thai time) to the closing day")
    schools: list[MissingSchool]
    reminders: list[Reminder]
