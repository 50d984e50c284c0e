"""Survey commands (step 1, forms 1 and 2): templates, campaigns, a school's response."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictFloat, StrictInt, model_validator

from services.needs.domain.commands.common import (
    ID,
    AcademicYear,
    Command,
    Day,
    Reason,
    Target,
)
from services.needs.domain.questions import CODE, Question

Version = Annotated[int, Field(ge=1, le=10_000)]


class PublishTemplate(Command):
    """Publish a survey template (form 1): a new one as version 1, or a template's next version."""

    title_th: str = Field(min_length=1, max_length=300, title="ชื่อแบบสำรวจ")
    title_en: str = Field(default="", max_length=300, title="ชื่อแบบสำรวจ (ภาษาอังกฤษ)")
    description_th: str = Field(default="", max_length=2000, title="คำชี้แจง")
    questions: list[Question] = Field(min_length=1, max_length=200, title="คำถาม")


class OpenCampaign(Command):
    title: str = Field(min_length=1, max_length=300, title="ชื่อการสำรวจ")
    academic_year: AcademicYear
    opens_on: Day = Field(title="วันเปิดรับคำตอบ")
    closes_on: Day = Field(title="วันปิดรับคำตอบ")
    target: Target = Field(default_factory=Target, title="โรงเรียนเป้าหมาย")
    template_id: str = Field(pattern=ID, title="แบบสำรวจ")
    template_version: Version | None = Field(
        default=None, title="ฉบับของแบบสำรวจ", description="Default: the template's latest version"
    )


class AdoptTemplateVersion(Command):
    template_version: Version = Field(title="ฉบับของแบบสำรวจที่จะใช้")


AnswerValue = (
    StrictInt
    | StrictFloat
    | Annotated[str, Field(max_length=2000)]
    | Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=30)]
)


class SubmitResponse(Command):
    answers: dict[Annotated[str, Field(pattern=CODE)], AnswerValue] = Field(
        title="คำตอบ", description="Answers by question id"
    )
    template_version: Version | None = Field(
        default=None,
        title="ฉบับของแบบสำรวจที่ตอบ",
        description="The version the school's form showed",
    )

    @model_validator(mode="after")
    def _size(self) -> SubmitResponse:
        if len(self.answers) > 300:
            raise ValueError("at most 300 answers")
        return self


class ReturnResponse(Command):
    reason: Reason = Field(title="เหตุผลที่ส่งคืนให้แก้ไข")
    correct_by: Day | None = Field(default=None, title="ให้แก้ไขภายในวันที่")
