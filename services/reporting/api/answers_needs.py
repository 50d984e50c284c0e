"""Answers of the needs reports: response rates, schools not yet answered, needs ranked.
Media production (form 3) and the media service (forms 4, 6) are in answers_media."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Head, Level, Unit


class Category(StrEnum):
    """What a need or a production is: teaching media, an innovation, technology."""

    MEDIA = "media"
    INNOVATION = "innovation"
    TECHNOLOGY = "technology"


class ResponseStatus(StrEnum):
    NOT_ANSWERED = "not_answered"
    RETURNED = "returned"  # sent back for correction, not yet corrected


class RateFigures(Answer):
    targets: int
    responded: int
    rate: float
    campaigns: int
    returned: int
    missing: int


class RateRow(RateFigures, Unit):
    pass


class ClusterRate(Answer):
    cluster: str
    targets: int
    responded: int
    rate: float


class MissingSchool(Answer):
    school: str
    name_th: str
    cluster: str
    status: ResponseStatus
    status_th: str


class VersionCount(Answer):
    template_version: int
    responses: int


class CampaignRates(Answer):
    campaign_id: str | None
    title: str
    esa: str | None
    province: str | None
    closed: bool
    closes_on: str | None
    targets: int
    responded: int
    rate: float
    not_responded: list[str]
    by_cluster: list[ClusterRate]
    returned: int
    missing: list[MissingSchool]
    versions: list[VersionCount]


class EsaResponseRates(Answer):
    """An ESA's campaigns one by one, with the schools still missing."""

    level: Level
    esa: str
    year: int
    targets: int
    responded: int
    rate: float
    returned: int
    missing: int
    campaigns: list[CampaignRates]


class ResponseRates(RateFigures):
    """A province's (per ESA) or the nation's (per province) response rate."""

    level: Level
    province: str | None = None
    year: int
    esas: list[RateRow] | None = None
    provinces: list[RateRow] | None = None


class MissingCampaign(Answer):
    campaign_id: str | None
    title: str
    closes_on: str | None
    closed: bool
    schools: list[MissingSchool]


class MissingRow(Unit):
    schools: int
    campaigns: list[MissingCampaign] | int


class NonRespondents(Head):
    """Schools not yet answered: listed per campaign (ESA, province per ESA), counted per
    province for the nation (`campaigns` is then a number)."""

    schools: int
    campaigns: list[MissingCampaign] | int
    esas: list[MissingRow] | None = None
    provinces: list[MissingRow] | None = None


class NeedItem(Answer):
    item: str
    responses: int
    amount: float
    label_th: str


class RankedNeed(Answer):
    rank: int
    category: str
    category_th: str
    subject: str
    subject_th: str
    responses: int
    mentions: int
    amount: float
    top_items: list[NeedItem]


class RankingFigures(Answer):
    campaigns: int
    responses: int
    ranking: list[RankedNeed]


class RankingRow(RankingFigures, Unit):
    pass


class NeedsRanking(RankingFigures, Head):
    category: Category | None = None
    subject: str | None = None
    esas: list[RankingRow] | None = None
    provinces: list[RankingRow] | None = None
