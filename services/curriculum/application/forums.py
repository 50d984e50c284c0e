"""Exchange forum commands and reads, on the forum's stream (tenant = the ESA that held it).
The schools named as participants come from the service's view of the directory, looked up
by the caller."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.curriculum.domain import forums
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.teaching import (
    RecordExchangeForum,
    RecordForumOutcomes,
    RecordForumParticipants,
)
from services.curriculum.domain.schools import School
from services.curriculum.domain.teaching_terms import FORUM_FORMATS, ForumFormat

EMPTY_OUTCOMES: dict[str, list[str]] = {"outcomes": [], "good_practices": [], "next_steps": []}
PARTICIPATION = {"schools", "others", "teachers", "administrators", "total"}


def forum_target(esa: str, forum_id: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), forums.forum_stream(forum_id))


def forum_answer(forum: forums.Forum) -> dict[str, Any]:
    r, p, o = forum.recorded, forum.participants, forum.outcomes
    return r.model_dump(mode="json") | {
        "format_th": FORUM_FORMATS[ForumFormat(r.format)][0],
        "participants": p.model_dump(mode="json", include=PARTICIPATION) if p else None,
        **(o.model_dump(mode="json", include=set(EMPTY_OUTCOMES)) if o else EMPTY_OUTCOMES),
    }


def _describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    return forum_answer(forums.forum_from([*history, *new]))


async def record(
    runner: CommandRunner, meta: CommandMeta, esa: str, command: RecordExchangeForum, actor: Actor
) -> CommandOutcome:
    forum_id = new_id()
    province = esa_province(esa)
    return await runner.run(
        forum_target(esa, forum_id),
        meta,
        lambda h: forums.record(h, forum_id, esa, province, command, actor),
        describe=_describe,
    )


async def record_participants(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    forum_id: str,
    command: RecordForumParticipants,
    known: dict[str, School],
) -> CommandOutcome:
    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        forums.forum_from(history, forum_id)
        return forums.record_participants(history, command, known)

    return await runner.run(forum_target(esa, forum_id), meta, decide, describe=_describe)


async def record_outcomes(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    forum_id: str,
    command: RecordForumOutcomes,
) -> CommandOutcome:
    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        forums.forum_from(history, forum_id)
        return forums.record_outcomes(history, command)

    return await runner.run(forum_target(esa, forum_id), meta, decide, describe=_describe)


async def forum(runner: CommandRunner, esa: str, forum_id: str) -> forums.Forum:
    history, _ = await runner.history(forum_target(esa, forum_id))
    return forums.forum_from(history, forum_id)
