"""The campaign summary (form 2) as the summary route answers it, and the reference data."""

from __future__ import annotations

from pydantic import Field

from services.needs.api.answers import Answer
from services.needs.domain.questions import Question
from services.needs.domain.vocabulary import Category, Subject


class OptionCount(Answer):
    id: str
    label_th: str
    count: int


class SchoolText(Answer):
    school: str
    text: str


class QuestionSummary(Answer):
    id: str
    category: Category
    subject: Subject
    kind: str
    text_th: str
    versions: list[int] = Field(description="The template versions that ask it")
    answered: int
    options: list[OptionCount] | None = None
    total: float | None = None
    mean: float | None = None
    distribution: dict[str, int] | None = None
    texts: list[SchoolText] | None = None


class ItemCount(Answer):
    label_th: str
    responses: int


class RankedNeed(Answer):
    rank: int
    category: Category
    subject: Subject
    responses: int = Field(description="Schools whose latest answers express a need here")
    mentions: int
    top_items: list[ItemCount]


class VersionCount(Answer):
    template_version: int
    responses: int


class Summary(Answer):
    campaign_id: str
    title: str
    template_id: str
    template_version: int
    targets: int
    responded: int
    returned: int
    rate: float = Field(description="responded / targets, 0 to 1")
    responses_by_version: list[VersionCount]
    questions: list[QuestionSummary]
    needs: list[RankedNeed]


class Label(Answer):
    code: str
    label_th: str
    label_en: str = ""


class Standard(Answer):
    standard: str
    indicators: list[Label]


class Vocabulary(Answer):
    categories: list[Label]
    subjects: list[Label]
    grade_levels: list[Label]
    quality_levels: list[Label]
    service_kinds: list[Label]
    production_standard: Standard
    channels: list[Label] = Field(description="How model media reach schools (step 3)")
    followup_modes: list[Label]
    use_aspects: list[Label] = Field(description="What a follow-up looks at (form 5)")
    link_kinds: list[Label]
    media_uses: list[Label]


class StandardSurvey(Answer):
    title_th: str
    questions: list[Question]
