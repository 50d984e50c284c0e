"""Building CloudEvents for tests without going through a service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kit.events import CloudEvent
from kit.ids import new_id


def event(
    stream: str,
    version: int,
    type_: str = "needs.TestHappened",
    tenant: str = "loei-3",
    province: str = "loei",
    data: dict[str, Any] | None = None,
) -> CloudEvent:
    return CloudEvent(
        id=new_id(),
        source="/nithet/test",
        type=type_,
        time=datetime.now(UTC),
        subject=stream,
        data=data if data is not None else {"n": version},
        tenantid=tenant,
        provinceid=province,
        streamversion=version,
        correlationid="c",
        causationid="c",
        actorid="tester",
        actorrole="supervisor",
    )


def events(stream: str, first_version: int, count: int, **kw: Any) -> list[CloudEvent]:
    return [event(stream, first_version + i, **kw) for i in range(count)]
