"""Thai words of the supervision records reporting shows: partner sectors (form 7) and
dissemination channels (form 8). Reporting keeps its own copy: services share events, not
code; an unknown code is shown as "อื่น ๆ"."""

from __future__ import annotations

SECTOR_TH = {
    "public": "ภาครัฐ",
    "private": "ภาคเอกชน",
    "community": "ชุมชน/ประชาสังคม",
    "academic": "สถาบันการศึกษา",
}
CHANNEL_TH = {
    "website": "เว็บไซต์",
    "social_media": "สื่อสังคมออนไลน์",
    "meeting": "การประชุม/สัมมนา",
    "exhibition": "นิทรรศการ",
    "document": "เอกสาร/วารสาร",
    "broadcast": "วิทยุ/โทรทัศน์",
}
OTHER_TH = "อื่น ๆ"


def known(table: dict[str, str], code: str) -> str:
    """The code itself when the table knows it, else "other" (so counts stay in the table)."""
    return code if code in table else "other"


def th(table: dict[str, str], code: str) -> str:
    return table.get(code, OTHER_TH)
