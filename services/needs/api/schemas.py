"""Request bodies of the survey routes: templates, campaigns, responses."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, model_validator

from services.needs.domain.questions import CODE, Question

ID = r"^[0-9A-Za-z-]{1,64}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PublishTemplateRequest(Strict):
    title_th: str = Field(min_length=1, max_length=300)
    title_en: str = Field(default="", max_length=300)
    description_th: str = Field(default="", max_length=2000)
    questions: list[Question] = Field(min_length=1, max_length=200)


class CampaignTarget(Strict):
    kind: Literal["all", "cluster", "list"] = "all"
    cluster: str | None = Field(default=None, max_length=60)
    schools: list[Annotated[str, Field(pattern=r"^[0-9]{10}$")]] = Field(
        default_factory=list, max_length=5000
    )

    @model_validator(mode="after")
    def _complete(self) -> CampaignTarget:
        if self.kind == "cluster" and not self.cluster:
            raise ValueError("target.cluster is required when kind is 'cluster'")
        if self.kind == "list" and not self.schools:
            raise ValueError("target.schools is required when kind is 'list'")
        return self


class OpenCampaignRequest(Strict):
    title: str = Field(min_length=1, max_length=300)
    academic_year: int = Field(ge=2560, le=2600, description="Academic year in B.E., e.g. 2569")
    opens_on: date
    closes_on: date
    target: CampaignTarget = Field(default_factory=CampaignTarget)
    template_id: str = Field(pattern=ID)
    template_version: int | None = Field(
        default=None, ge=1, le=10_000, description="Default: the template's latest version"
    )


class AdoptVersionRequest(Strict):
    template_version: int = Field(ge=1, le=10_000)


AnswerValue = (
    StrictInt
    | StrictFloat
    | Annotated[str, Field(max_length=2000)]
    | Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=30)]
)


class SubmitResponseRequest(Strict):
    answers: dict[Annotated[str, Field(pattern=CODE)], AnswerValue] = Field(
        description="Answers by question id"
    )
    template_version: int | None = Field(
        default=None, ge=1, le=10_000, description="The version the school's form showed"
    )

    @model_validator(mode="after")
    def _size(self) -> SubmitResponseRequest:
        if len(self.answers) > 300:
            raise ValueError("at most 300 answers")
        return self


class ReturnResponseRequest(Strict):
    reason: str = Field(min_length=1, max_length=1000)
    correct_by: date | None = None
