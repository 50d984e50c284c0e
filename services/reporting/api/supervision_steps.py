"""The reports of the manuals' later supervision steps (listed in api.supervision): an ESA's 4Q
drive, teachers honoured, partnership summaries, a province's SAR cycle and committee."""

from __future__ import annotations

from services.reporting.api.answers_supervision_steps import (
    PartnershipReports,
    ProvinceSar,
    QualityDrive,
    TeacherHonours,
)
from services.reporting.api.registry import Report
from services.reporting.application.partnership_reports import partnership_reports
from services.reporting.application.province_sar import province_sar
from services.reporting.application.quality_drive import quality_drive
from services.reporting.application.teacher_honours import teacher_honours

STEPS = [
    Report(
        "supervision_quality_drive",
        "/supervision/quality-drive",
        quality_drive,
        QualityDrive,
        "4Q drive (TUMHOME plus INNO): team, baselines, progress reports, exchanges",
    ),
    Report(
        "supervision_teacher_honours",
        "/supervision/teacher-honours",
        teacher_honours,
        TeacherHonours,
        "Teachers honoured for excellent work, per honouring body",
    ),
    Report(
        "supervision_partnership_reports",
        "/supervision/partnership-reports",
        partnership_reports,
        PartnershipReports,
        "Summary reports of the year's cooperation with partners",
    ),
    Report(
        "supervision_province_sar",
        "/supervision/province-sar",
        province_sar,
        ProvinceSar,
        "The provincial SAR cycle and supervision committee (sandbox manual 6, 7.1)",
    ),
]
