"""A stopped read-model reader hands nothing more to the hub, even a batch it polled before."""

from __future__ import annotations

from kit.readmodel.reader import LogReader


async def test_a_batch_arriving_after_stop_is_dropped() -> None:
    handed: list[object] = []

    async def handle(batch: list[object]) -> None:
        handed.append(batch)

    reader = LogReader("127.0.0.1:1", ["t.needs.events"], handle)  # type: ignore[arg-type]
    await reader.hand_over(["first"])  # type: ignore[list-item]
    reader.stop()
    await reader.hand_over(["late"])  # type: ignore[list-item]
    assert handed == [["first"]]
