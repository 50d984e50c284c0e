"""The manuals' later supervision steps in the supervision section of the unified views (and
so in the year-end reports that read it): their rollups per ESA and their headline figures
with Thai labels. Their rows are plain counts, summed as they are."""

from __future__ import annotations

from services.reporting.application import (
    partnership_reports,
    province_sar,
    quality_drive,
    teacher_honours,
)
from services.reporting.application.querying import Doc
from services.reporting.application.rollup import Rollup

STEP_RECORDS: tuple[tuple[str, Rollup, Doc], ...] = (
    ("quality_drive", quality_drive.DRIVE, quality_drive.ZERO),
    ("teacher_honours", teacher_honours.TEACHERS, teacher_honours.ZERO),
    ("partnership_reports", partnership_reports.REPORTS, partnership_reports.ZERO),
    ("province_sar", province_sar.PROVINCE_SAR, province_sar.ZERO),
)
STEP_HEADLINES = (  # (view, figure, Thai label)
    ("quality_drive", "teams", "เขตพื้นที่ที่แต่งตั้งคณะทำงานขับเคลื่อนโรงเรียนคุณภาพ 4Q"),
    ("quality_drive", "baselines", "โรงเรียนที่เก็บข้อมูลสภาพปัจจุบัน 5 ด้านแล้ว"),
    ("quality_drive", "progress_reports", "รายงานความก้าวหน้าของ ก.ต.ป.น./อ.ก.ต.ป.น."),
    ("quality_drive", "schools_needing_help", "โรงเรียนที่ต้องได้รับการช่วยเหลือเร่งด่วน"),
    ("quality_drive", "exchanges", "กิจกรรมแลกเปลี่ยนเรียนรู้ผลการดำเนินงานที่ดี"),
    ("quality_drive", "carried_forward", "เขตพื้นที่ที่นำผลการดำเนินงานไปวางแผนปีถัดไป"),
    ("teacher_honours", "teachers", "ครูที่ได้รับการยกย่องเชิดชูเกียรติ"),
    ("partnership_reports", "reported", "เขตพื้นที่ที่สรุปและรายงานผลความร่วมมือ"),
    ("province_sar", "synthesis_included", "ผลการสังเคราะห์ SAR ของเขตพื้นที่ที่จังหวัดนำไปสังเคราะห์"),
    ("province_sar", "synthesis_approved", "ผลการสังเคราะห์ SAR ที่จังหวัดให้ความเห็นชอบ"),
    ("province_sar", "committee_schools", "โรงเรียนที่คณะกรรมการนิเทศ ติดตามของจังหวัดช่วยเหลือ"),
)
