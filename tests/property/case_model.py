"""What the curriculum case machine expects: a model of a case, and the commands the school and
the committees draw (with their weights and arguments)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from services.curriculum.domain.decisions import OUTCOMES
from services.curriculum.domain.reference import FINAL_STAGES, SCHOOL_STAGES, Committee, Stage

HASHES = ["sha256:" + c * 64 for c in "123"]


@dataclass
class Model:
    curriculum_type: int
    stage: Stage = Stage.DRAFT
    documents: list[str] = field(default_factory=list)
    analysis: bool = False
    board: bool = False
    hearing: bool = False
    submissions: int = 0
    submitted_version: int = 0
    returned_from: Stage | None = None
    revised: bool = False
    restart: bool = False
    reversible: int = 0  # the decision that may still be reversed (0: none)
    decisions: list[tuple[Committee, Stage]] = field(default_factory=list)  # who, from where

    def with_school(self) -> bool:
        return self.stage in SCHOOL_STAGES

    def final(self) -> bool:
        return self.stage in FINAL_STAGES


SCHOOL_ACTS: dict[str, dict[str, Any]] = {
    "open_it_again": {},
    "add_document": {"content": st.sampled_from(HASHES)},
    "record_analysis": {},
    "record_board_approval": {"days_ago": st.sampled_from([-1, 0, 10])},
    "record_hearing": {"complete": st.sampled_from([True, True, False])},
    "submit": {"_weight": 3},
    "change_type": {"curriculum_type": st.sampled_from([2, 3])},
    "withdraw": {"now": st.sampled_from([False] * 5 + [True])},
}
COMMITTEE_ACTS: dict[str, dict[str, Any]] = {
    "decide": {
        "_weight": 3,
        "whose": st.sampled_from(["holding", "holding", *Committee]),
        "outcome": st.sampled_from(sorted(OUTCOMES)),
        "changes": st.sampled_from([("ปรับตัวชี้วัด",), ("ปรับตัวชี้วัด",), ()]),
        "read": st.sampled_from([None, None, "submitted", "other"]),
    },
    "reverse": {
        "whose": st.sampled_from(["latest", "latest", *Committee]),
        "back": st.sampled_from([1, 1, 1, 0, 2]),
    },
}
