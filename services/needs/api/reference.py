"""Reference data any signed-in caller reads: the process's words and the standard form 1."""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.deps import CurrentPrincipal
from services.needs.api.answers_summary import StandardSurvey, Vocabulary
from services.needs.domain import standard_form
from services.needs.domain import vocabulary as words
from services.needs.domain.indicators import INDICATORS, STANDARD

router = APIRouter(prefix="/v1", tags=["reference"])


@router.get("/needs/vocabulary", response_model=Vocabulary)
async def vocabulary(principal: CurrentPrincipal) -> Vocabulary:
    """Codes and Thai labels: categories, learning areas, grades, quality levels, services,
    the production standard's indicators, and the words of steps 3 and 5."""
    grades = [{"code": g.value, "label_th": words.grade_label(g)} for g in words.GradeLevel]
    indicators = [{"code": k, "label_th": th, "label_en": en} for k, (th, en) in INDICATORS.items()]
    return Vocabulary.model_validate(
        {
            "categories": words.labels(words.CATEGORY_LABELS),
            "subjects": words.labels(words.SUBJECT_LABELS),
            "grade_levels": grades,
            "quality_levels": words.labels(words.QUALITY_LABELS),
            "service_kinds": words.labels(words.SERVICE_LABELS),
            "production_standard": {"standard": STANDARD, "indicators": indicators},
            "channels": words.labels(words.CHANNEL_LABELS),
            "followup_modes": words.labels(words.MODE_LABELS),
            "use_aspects": words.labels(words.ASPECT_LABELS),
            "link_kinds": words.labels(words.LINK_LABELS),
            "media_uses": words.labels(words.USE_LABELS),
        }
    )


@router.get("/needs/standard-survey", response_model=StandardSurvey)
async def standard_survey(principal: CurrentPrincipal) -> StandardSurvey:
    """Ready-made questions for form 1, to publish as a template (as is or edited)."""
    return StandardSurvey(
        title_th=standard_form.TITLE_TH, questions=standard_form.standard_questions()
    )
