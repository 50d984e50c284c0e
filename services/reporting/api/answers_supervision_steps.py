"""Answers of the manuals' later supervision steps: an ESA's 4Q drive (TUMHOME plus INNO),
teachers honoured, the year's partnership summaries, and a province's SAR cycle and
supervision committee."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from services.reporting.api.answers import Answer, Head, Unit


class DriveFigures(Answer):
    teams: int = Field(description="Driving teams appointed (T): an ESA counts 0 or 1")
    baselines: int = Field(description="Schools with a baseline on the five dimensions (U)")
    committees: int = Field(description="ก.ต.ป.น. / อ.ก.ต.ป.น. orders recorded")
    progress_reports: int
    schools_reported: int
    schools_needing_help: int = Field(description="Schools whose latest report asks for help")
    exchanges: int = Field(description="Good-practice exchanges held (E.3)")
    practices_shared: int
    schools_presenting: int
    carried_forward: int = Field(description="ESAs that carried the year into the next (E.4)")


class DriveRow(DriveFigures, Unit):
    pass


class QualityDrive(DriveFigures, Head):
    esas: list[DriveRow] | None = None
    provinces: list[DriveRow] | None = None


class HonouringBody(StrEnum):
    ESA_DIRECTOR = "esa_director"
    DRIVING_COMMITTEE = "driving_committee"


class HonourFigures(Answer):
    honours: int
    teachers: int
    schools: int
    by_esa_director: int
    by_driving_committee: int


class HonourRow(HonourFigures, Unit):
    pass


class Honoured(Answer):
    school: str
    teacher: str
    title_th: str
    work_th: str
    awarded_on: str
    awarded_by: HonouringBody


class TeacherHonours(HonourFigures, Head):
    esas: list[HonourRow] | None = None
    provinces: list[HonourRow] | None = None
    honoured: list[Honoured] | None = None


class PartnershipReportFigures(Answer):
    reported: int = Field(description="ESAs that reported their year's cooperation")
    cooperations_summarised: int
    schools_summarised: int


class PartnershipReportRow(PartnershipReportFigures, Unit):
    pass


class PartnershipReports(PartnershipReportFigures, Head):
    esas: list[PartnershipReportRow] | None = None
    provinces: list[PartnershipReportRow] | None = None


class CycleStep(StrEnum):
    NONE = "none"
    BRIEFED = "briefed"
    GUIDELINES_ISSUED = "guidelines_issued"
    COMMITTEE_APPOINTED = "committee_appointed"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    RETURNED = "returned"
    REPORTED = "reported"


class ProvinceSarFigures(Answer):
    synthesis_included: int = Field(description="ESA syntheses in the latest provincial one")
    synthesis_approved: int = Field(description="ESA syntheses in the approved one")
    committee_schools: int = Field(description="Schools the supervision committee supports")


class ProvinceSarRow(ProvinceSarFigures, Unit):
    pass


class ProvincesAtStep(Answer):
    step: CycleStep
    provinces: int


class ProvinceSar(ProvinceSarFigures, Head):
    """The ESAs' part in the provincial SAR cycle; a province's own steps; the nation's
    provinces per step."""

    esas: list[ProvinceSarRow] | None = None
    provinces: list[ProvinceSarRow] | None = None
    step: CycleStep | None = None
    briefings: int | None = None
    guidelines_version: int | None = None
    committee_members: int | None = None
    synthesis_revision: int | None = None
    reported_on: str | None = None
    supervision_committee_members: int | None = None
    provinces_by_step: list[ProvincesAtStep] | None = None
