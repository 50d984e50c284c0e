"""Answers of the unified views: an office's sections (one per registered domain), with a
province's ESAs and the nation's provinces; a school's own figures."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Cell, Head
from services.reporting.api.answers_curriculum import CurriculumSection
from services.reporting.api.answers_needs import ClusterRate
from services.reporting.api.answers_supervision import SupervisionSection


class Organisation(StrEnum):
    """Whose school a fact counts for: as recorded, the organisation then, or now."""

    RECORDED = "recorded"
    THEN = "then"
    NOW = "now"


class UnitRate(Answer):
    esa: str | None = None
    province: str | None = None
    name_th: str
    campaigns: int
    targets: int
    responded: int
    rate: float


class CampaignRow(Answer):
    title: str
    closes_on: str | None
    closed: bool
    targets: int
    responded: int
    rate: float


class NamedClusterRate(ClusterRate):
    name_th: str


class NeedsSection(Head):
    """Response figures of the needs surveys, production, the media service and needs
    ranked; tables have Thai column headings (`labels_th` names the keys in Thai)."""

    domain: str
    title_th: str
    title_en: str
    sheet_th: str
    labels_th: dict[str, str]
    campaigns: int
    targets: int
    responded: int
    rate: float
    by_cluster: list[NamedClusterRate] | None = None
    campaign_list: list[CampaignRow] | None = None
    by_esa: list[UnitRate] | None = None
    by_province: list[UnitRate] | None = None
    productions: int
    productions_evaluated: int
    service_requests: int
    service_open: int
    service_overdue: int
    service_fulfilled: int
    satisfaction_mean: float | None
    improvements: int
    need_rows: list[dict[str, Cell]]
    production_rows: list[dict[str, Cell]]
    service_rows: list[dict[str, Cell]]
    missing: int | None = None
    response_rows: list[dict[str, Cell]] | None = None
    missing_rows: list[dict[str, Cell]] | None = None
    model_media_sent: int | None = None
    model_media_schools: int | None = None
    model_media_received: int | None = None
    model_media_receipt_rate: float | None = None
    media_followups: int | None = None
    schools_followed: int | None = None
    media_in_use_rate: float | None = None
    model_media_rows: list[dict[str, Cell]] | None = None
    followup_rows: list[dict[str, Cell]] | None = None


class Sections(Answer):
    """One section per registered domain (a domain registered later adds its own key)."""

    needs: NeedsSection | None = None
    supervision: SupervisionSection | None = None
    curriculum: CurriculumSection | None = None


class UnitView(Answer):
    esa: str | None = None
    province: str | None = None
    name_th: str
    sections: Sections


class View(Head):
    """An ESA's, a province's (with `esas`) or the nation's (with `provinces`) figures."""

    name_th: str
    name_en: str
    province: str | None = None
    as_of: str | None
    organisation: Organisation
    sections: Sections
    esas: list[UnitView] | None = None
    provinces: list[UnitView] | None = None
