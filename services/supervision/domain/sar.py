"""A school's annual self-assessment report (SAR): received, then returned for correction
(and received again) or accepted."""

from __future__ import annotations

from typing import Any

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import schools as ev
from services.supervision.domain.events.parts import Evidence


def sar_stream(school: str, year: int) -> str:
    return f"sar-{school}-{year}"


def status(history: list[DomainEvent]) -> str:
    """none, received, returned or accepted."""
    last = next(
        (
            e
            for e in reversed(history)
            if isinstance(e, ev.SarSubmitted | ev.SarReturnedForCorrection | ev.SarAccepted)
        ),
        None,
    )
    return {
        None: "none",
        ev.SarSubmitted: "received",
        ev.SarReturnedForCorrection: "returned",
        ev.SarAccepted: "accepted",
    }[type(last) if last else None]


def submit(
    history: list[DomainEvent], where: dict[str, Any], document: Evidence, now: Any
) -> list[DomainEvent]:
    state = status(history)
    if state in ("received", "accepted"):
        raise RuleViolation(
            "รายงานนี้อยู่ระหว่างการพิจารณาหรือได้รับการยอมรับแล้ว",
            f"The SAR is {state}; it can be sent again only after it is returned.",
            code=f"sar_{state}",
        )
    sent = [e for e in history if isinstance(e, ev.SarSubmitted)]
    if sent and sent[-1].document.sha256 == document.sha256:
        raise RuleViolation(
            "เอกสารเป็นฉบับเดิมที่ถูกส่งคืน กรุณาแก้ไขก่อนส่งใหม่",
            "This is the returned document unchanged; correct it first.",
            code="sar_unchanged",
        )
    return [ev.SarSubmitted(**where, revision=len(sent) + 1, document=document, submitted_at=now)]


def decide(history: list[DomainEvent], accept: bool, reasons: list[str]) -> list[DomainEvent]:
    if status(history) != "received":
        raise RuleViolation(
            "ไม่มีรายงานที่รอการพิจารณา", "No SAR awaits review.", code="sar_not_awaiting_review"
        )
    sent = [e for e in history if isinstance(e, ev.SarSubmitted)][-1]
    where = sent.model_dump(include=set(ev.SchoolYearEvent.model_fields))
    if accept:
        return [ev.SarAccepted(**where, revision=sent.revision)]
    if not reasons:
        raise RuleViolation(
            "กรุณาระบุเหตุผลที่ส่งคืนให้แก้ไข", "Give the reasons for returning it.", code="reasons_required"
        )
    return [ev.SarReturnedForCorrection(**where, revision=sent.revision, reasons=reasons)]
