"""Request bodies of the needs API."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHOOL_CODE = r"^[0-9]{10}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CampaignTarget(Strict):
    kind: Literal["all", "cluster", "list"] = "all"
    cluster: str | None = Field(default=None, max_length=60)
    schools: list[str] = Field(default_factory=list, max_length=5000)

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


class SubmitResponseRequest(Strict):
    answers: dict[str, Any] = Field(description="Answers by question id")

    @model_validator(mode="after")
    def _size(self) -> SubmitResponseRequest:
        if len(self.answers) > 500:
            raise ValueError("at most 500 answers")
        return self
