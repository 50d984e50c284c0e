"""Why: the reason a refusal, a return or a withdrawal gives, which may not be blank."""

from __future__ import annotations

from kit.errors import InvalidInput


def reason_given(reason: str, message_th: str = "กรุณาระบุเหตุผล") -> str:
    """The reason without surrounding blanks; a blank one is refused."""
    given = reason.strip()
    if not given:
        raise InvalidInput(
            message_th, "A reason is required.", code="reason_required", details={"field": "reason"}
        )
    return given
