"""Improvements of the media service (step 6, form 6): what the evaluation of the service
found and what the ESA changed, optionally naming the requests concerned."""

from __future__ import annotations

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev


def improvement_stream(improvement_id: str) -> str:
    return f"improvement-{improvement_id}"


def record_improvement(
    history: list[DomainEvent], recorded: ev.ServiceImprovementRecorded
) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "บันทึกนี้มีแล้ว",
            "This improvement is recorded already.",
            code="improvement_exists",
            details={"improvement_id": recorded.improvement_id},
        )
    if not recorded.finding.strip() or not recorded.action.strip():
        raise InvalidInput(
            "กรุณาระบุสิ่งที่พบและการปรับปรุง",
            "Both the finding and the action are required.",
            code="improvement_incomplete",
            details={"fields": ["finding", "action"]},
        )
    if len(set(recorded.request_ids)) != len(recorded.request_ids):
        raise InvalidInput(
            "รหัสคำขอซ้ำกัน",
            "Request ids repeat.",
            code="request_ids_repeat",
            details={"field": "request_ids"},
        )
    return [recorded]
