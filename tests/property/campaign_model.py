"""What the needs campaign machine expects: a model of a campaign and its responses, and the
commands the machine draws (with their weights and arguments)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hypothesis import strategies as st

TARGETS = ("1042060101", "1042060102", "1042060103")
OUTSIDER = "1042060199"
REASON = "จำนวนเครื่องไม่ตรงกับข้อมูลนักเรียน"


@dataclass
class Model:
    today: date
    opens_on: date
    closes_on: date
    closed: bool = False
    version: int = 1
    reminders: int = 0
    revisions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TARGETS, 0))
    correct_by: dict[str, date | None] = field(default_factory=lambda: dict.fromkeys(TARGETS))

    def running(self) -> bool:
        return not self.closed and self.today <= self.closes_on

    def accepts_from(self, school: str) -> bool:
        if school not in TARGETS or self.closed:
            return False
        due = self.correct_by[school]
        if due is not None and self.today <= due:
            return True
        return self.opens_on <= self.today <= self.closes_on

    def missing(self) -> list[str]:
        return [s for s in TARGETS if not self.revisions[s] or self.correct_by[s] is not None]


ACTS: dict[str, dict[str, Any]] = {
    "time_passes": {
        "_weight": 3,
        "to": st.sampled_from(["next day", "next day", "in a week", "closing", "closing", "due"]),
        "offset": st.sampled_from([-1, 0, 0, 1]),
    },
    "submit": {
        "_weight": 4,
        "school": st.sampled_from([*TARGETS, *TARGETS, OUTSIDER]),
        "answers": st.sampled_from(["current", "current", "current", "other", "nonsense"]),
        "answered": st.sampled_from([None, None, "current", "other"]),
    },
    "return_response": {
        "_weight": 2,
        "nth": st.integers(0, 2),
        "reason": st.sampled_from([REASON, REASON, REASON, "  "]),
        "due_in": st.sampled_from([None, None, -1, 0, 3, 20]),
    },
    "adopt_version": {"version": st.sampled_from([1, 2, 3])},
    "remind": {},
    "close": {"now": st.sampled_from([False, False, True])},
    "open_with_reversed_dates": {"days": st.integers(1, 10)},
}
