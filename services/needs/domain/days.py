"""Days as the users live them: in Thai time, written in the Buddhist Era."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kit.thai import format_date

BANGKOK = ZoneInfo("Asia/Bangkok")


def local_day(now: datetime) -> date:
    """The day it is in Thailand at `now`."""
    return now.astimezone(BANGKOK).date()


def thai(day: date) -> str:
    """'30 มิถุนายน 2569'."""
    return format_date(day)
