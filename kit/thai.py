"""The Thai calendar as Nithet's users read it.

Buddhist Era (B.E.) year = C.E. year + 543. The academic year (ปีการศึกษา) 2569 starts on
16 May 2026 (C.E.) and ends 15 May 2027: semester 1 runs mid-May to October, semester 2
November to mid-May (with the March-May break counted in semester 2). The fiscal year
(ปีงบประมาณ) runs October to September and is named after the B.E. year in which it ends.
"""

from __future__ import annotations

from datetime import date, datetime

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def academic_year(day: date) -> int:
    """The B.E. academic year a day belongs to (a new year starts on 16 May)."""
    starts_this_year = (day.month, day.day) >= (5, 16)
    return be_year(day.year if starts_this_year else day.year - 1)


def semester(day: date) -> int:
    """1 for mid-May to October, 2 for November to mid-May."""
    if (day.month, day.day) >= (5, 16) and day.month <= 10:
        return 1
    return 2


def semester_bounds(year_be: int, term: int) -> tuple[date, date]:
    """First and last day of a semester of an academic year."""
    start_ce = ce_year(year_be)
    if term == 1:
        return date(start_ce, 5, 16), date(start_ce, 10, 31)
    if term == 2:
        return date(start_ce, 11, 1), date(start_ce + 1, 5, 15)
    raise ValueError("semester must be 1 or 2")


def academic_year_bounds(year_be: int) -> tuple[date, date]:
    start_ce = ce_year(year_be)
    return date(start_ce, 5, 16), date(start_ce + 1, 5, 15)


def fiscal_year(day: date) -> int:
    """B.E. fiscal year: October to September, named by the year it ends in."""
    return be_year(day.year + 1 if day.month >= 10 else day.year)


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def format_date(day: date | datetime, *, short: bool = False, digits: str = "arabic") -> str:
    """'21 พฤศจิกายน 2569' (or '21 พ.ย. 2569' when short; Thai digits on request)."""
    months = THAI_MONTHS_SHORT if short else THAI_MONTHS
    text = f"{day.day} {months[day.month - 1]} {be_year(day.year)}"
    return thai_digits(text) if digits == "thai" else text


def format_datetime(moment: datetime) -> str:
    """'21 พ.ย. 2569 14:05 น.' in the moment's own time zone."""
    return f"{format_date(moment, short=True)} {moment:%H:%M} น."
