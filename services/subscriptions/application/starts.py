"""Where a partition starts in a new cursor generation: decided once, then kept as a cursor.

From the beginning, from a time (the first record published at or after it), from a requested
position (clamped to what the topic holds), or, for a partition a position replay does not
name, where the endpoint's previous generation had got to.
"""

from __future__ import annotations

from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.ports import EventReader, TopicPartition

Generations = dict[int, dict[TopicPartition, int]]


async def start_positions(
    reader: EventReader, tps: list[TopicPartition], config: EndpointConfig, generations: Generations
) -> dict[TopicPartition, int]:
    spec = config.start
    if spec.start_from == "time":
        return await reader.offsets(tps, "time", spec.start_at)
    chosen = await reader.offsets(tps, "beginning")
    if spec.start_from != "position":
        return chosen
    ends = await reader.offsets(tps, "end")
    earlier = sorted(g for g in generations if g < config.generation)
    for tp in tps:
        if tp in spec.positions:
            chosen[tp] = min(max(spec.positions[tp], chosen[tp]), ends[tp])
            continue
        for g in reversed(earlier):  # not named: go on from where the endpoint had got to
            if tp in generations[g]:
                chosen[tp] = generations[g][tp]
                break
    return chosen
