"""The needs section's figures of steps 3 and 5: model media sent to schools and the
follow-ups of their use of media (form 5), for the unified views and the year-end reports."""

from __future__ import annotations

from services.reporting.application.needs_followups import followups
from services.reporting.application.needs_model_media import model_media
from services.reporting.application.querying import Doc, Store

LABELS_TH = {
    "model_media_sent": "จำนวนครั้งที่ส่งสื่อต้นแบบให้สถานศึกษา",
    "model_media_schools": "โรงเรียนที่ได้รับสื่อต้นแบบ",
    "model_media_received": "การแจ้งรับสื่อต้นแบบของโรงเรียน",
    "model_media_receipt_rate": "อัตราการแจ้งรับสื่อต้นแบบ",
    "media_followups": "การนิเทศ ติดตามการใช้สื่อและการบริการสื่อ (แบบ 5)",
    "schools_followed": "โรงเรียนที่ได้รับการนิเทศ ติดตามการใช้สื่อ",
    "media_in_use_rate": "สัดส่วนสื่อและบริการที่นำไปใช้ในการจัดการเรียนรู้แล้ว",
    "model_media_rows": "การส่งสื่อต้นแบบตามช่องทาง",
    "followup_rows": "ผลการนิเทศ ติดตามการใช้สื่อตามระดับคุณภาพ",
}


async def steps_section(
    store: Store, level: str, code: str, year: int, semester: int | None
) -> Doc:
    """Headline figures and two tables (rows keyed by their Thai headings)."""
    sent = await model_media(store, level, code, year, semester)
    followed = await followups(store, level, code, year, semester)
    return {
        "model_media_sent": sent["dispatches"],
        "model_media_schools": sent["schools_reached"],
        "model_media_received": sent["received"],
        "model_media_receipt_rate": sent["receipt_rate"],
        "media_followups": followed["followups"],
        "schools_followed": followed["schools_followed"],
        "media_in_use_rate": followed["in_use_rate"],
        "model_media_rows": [
            {"ช่องทางการส่ง": r["channel_th"], "จำนวนครั้งที่ส่ง": r["dispatches"]}
            for r in sent["by_channel"]
        ],
        "followup_rows": [
            {"ระดับคุณภาพ": r["level_th"], "จำนวนครั้งที่นิเทศ": r["count"]} for r in followed["by_level"]
        ],
    }
