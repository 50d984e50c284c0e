"""The needs reports: response rates, schools not yet answered, needs ranked, media
production (form 3) and the media service (forms 4 and 6), each at ESA, province and nation
(api.registry makes the three routes of an entry)."""

from __future__ import annotations

from services.reporting.api.answers import Level
from services.reporting.api.answers_media import Production, Service
from services.reporting.api.answers_needs import (
    EsaResponseRates,
    NeedsRanking,
    NonRespondents,
    ResponseRates,
)
from services.reporting.api.answers_needs_steps import MediaFollowups, ModelMedia
from services.reporting.api.params import ranking_filter, service_day, year_only
from services.reporting.api.registry import Report, routes
from services.reporting.application.needs import response_rates
from services.reporting.application.needs_followups import followups
from services.reporting.application.needs_missing import non_respondents
from services.reporting.application.needs_model_media import model_media
from services.reporting.application.needs_production import production
from services.reporting.application.needs_ranking import needs_ranking
from services.reporting.application.needs_service import service

REPORTS = [
    Report(
        "needs_response_rates",
        "/needs/response-rates",
        response_rates,
        {Level.ESA: EsaResponseRates, Level.PROVINCE: ResponseRates, Level.NATION: ResponseRates},
        "Response rates of the needs surveys (an ESA's per campaign and cluster)",
        params=year_only,
    ),
    Report(
        "needs_non_respondents",
        "/needs/non-respondents",
        non_respondents,
        NonRespondents,
        "Schools that have not answered, or not corrected a returned response",
        params=year_only,
    ),
    Report(
        "needs_ranking",
        "/needs/ranking",
        needs_ranking,
        NeedsRanking,
        "Needs ranked by category and learning area",
        params=ranking_filter,
    ),
    Report(
        "needs_production",
        "/needs/production",
        production,
        Production,
        "Media and innovations registered by schools, by quality level, kind and area",
    ),
    Report(
        "needs_service",
        "/needs/service",
        service,
        Service,
        "The media service: requests open, overdue, fulfilled; mean satisfaction",
        params=service_day,
    ),
    Report(
        "needs_model_media",
        "/needs/model-media",
        model_media,
        ModelMedia,
        "Model media sent to schools (step 3): dispatches, schools reached, receipts",
    ),
    Report(
        "needs_media_followups",
        "/needs/media-followups",
        followups,
        MediaFollowups,
        "Follow-ups of the schools' use of media and the media service (form 5)",
    ),
]
router = routes(REPORTS, "needs")
