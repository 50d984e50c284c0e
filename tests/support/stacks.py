"""Where the system's tasks are waiting, for the message of a test that waited in vain.

A condition that never comes true is often a task stuck somewhere (a worker that was never
stopped, a loop waiting on a lost wake-up). The message names, for every task of the event
loop that runs project code, the chain of awaits it is suspended in.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OURS = ("kit", "services")


def _where(frame: Any) -> str | None:
    path = Path(frame.f_code.co_filename)
    if not path.is_relative_to(ROOT) or path.relative_to(ROOT).parts[0] not in OURS:
        return None
    return f"{path.relative_to(ROOT)}:{frame.f_lineno} {frame.f_code.co_name}"


def _chain(coro: Any) -> list[str]:
    places = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        place = _where(frame) if frame is not None else None
        if place:
            places.append(place)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return places


def task_stacks(limit: int = 60) -> str:
    """One line per suspended task running project code: its name and await chain."""
    lines = []
    for task in asyncio.all_tasks():
        places = _chain(task.get_coro())
        if places and not task.done():
            lines.append(f"{task.get_name()}: {' > '.join(places)}")
    lines.sort()
    more = f"\n… and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more
