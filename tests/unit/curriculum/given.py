"""Histories of curriculum cases for pure domain tests, built with the domain's own functions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from kit.events import DomainEvent
from services.curriculum.domain import decisions, preparation, submission
from services.curriculum.domain.case import Actor
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.reference import PARTNER_GROUPS, Committee

NOW = datetime(2026, 7, 1, 3, 0, tzinfo=UTC)
TODAY = date(2026, 7, 1)
SCHOOL = "1021080101"
HASH_1 = "sha256:" + "1" * 64
HASH_2 = "sha256:" + "2" * 64
HASH_3 = "sha256:" + "3" * 64
EVERY_GROUP = {g: 5 for g in PARTNER_GROUPS}
SUB = Committee.ACADEMIC_SUBCOMMITTEE
DRIVING = Committee.DRIVING_COMMITTEE
POLICY = Committee.POLICY_COMMITTEE

DIRECTOR = Actor("pimchanok.rungrueang", "นางพิมพ์ชนก รุ่งเรือง", "school_director", NOW)


def member(committee: Committee) -> Actor:
    return Actor(f"member-of-{committee.value}", "กรรมการ", committee.value, NOW)


def then(history: list[DomainEvent], new: Sequence[DomainEvent]) -> list[DomainEvent]:
    return [*history, *new]


def opened(curriculum_type: int = 2) -> list[DomainEvent]:
    return [
        ev.CurriculumCaseOpened(
            case_id=f"{SCHOOL}-2569",
            school=SCHOOL,
            esa="rayong-2",
            province="rayong",
            academic_year=2569,
            curriculum_type=curriculum_type,
            title="หลักสูตรสถานศึกษาฐานสมรรถนะ โรงเรียนบ้านป่ายุบใน",
            school_name="โรงเรียนบ้านป่ายุบใน",
            cluster="rayong-2-wangchan",
            stage="draft",
        )
    ]


def prepared(curriculum_type: int = 2) -> list[DomainEvent]:
    """Opened, with a document, the base analysis, board approval and the public hearing."""
    h = opened(curriculum_type)
    h = then(h, preparation.add_document(h, "drive://curriculum/v1.pdf", HASH_1, ""))
    h = then(h, preparation.record_analysis(h, "ฐานทุนชุมชนประมง", ["ชุมชนเข้มแข็ง"], []))
    h = then(h, preparation.record_board_approval(h, date(2026, 6, 10), "มติที่ 3/2569", TODAY))
    return then(h, preparation.record_hearing(h, date(2026, 6, 20), EVERY_GROUP, TODAY))


def submitted(curriculum_type: int = 2) -> list[DomainEvent]:
    h = prepared(curriculum_type)
    return then(h, submission.submit(h, DIRECTOR))


def decide(
    history: list[DomainEvent], committee: Committee, outcome: str, **kw: object
) -> list[DomainEvent]:
    request = decisions.DecisionRequest(
        committee=committee,
        outcome=outcome,
        reason=kw.pop("reason", "เหตุผลของคณะกรรมการ"),  # type: ignore[arg-type]
        required_changes=kw.pop(  # type: ignore[arg-type]
            "required_changes", ("ปรับตัวชี้วัด",) if outcome == "send_back" else ()
        ),
        **kw,  # type: ignore[arg-type]
    )
    return then(history, decisions.decide(history, request, member(committee)))


def screened(curriculum_type: int = 2) -> list[DomainEvent]:
    return decide(submitted(curriculum_type), SUB, "pass")


def forwarded() -> list[DomainEvent]:
    return decide(screened(3), DRIVING, "forward")


def revised(history: list[DomainEvent], content_hash: str = HASH_2) -> list[DomainEvent]:
    return then(history, preparation.add_document(history, "drive://v-next.pdf", content_hash, ""))


def resubmitted(history: list[DomainEvent]) -> list[DomainEvent]:
    h = revised(history)
    return then(h, submission.submit(h, DIRECTOR))
