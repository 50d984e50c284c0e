"""The live store keeps rollups and reads in memory until the read-model hub applies a batch
to one of their models: a view asked again reads nothing, and a new event makes the next
answer fresh. Models the hub does not keep here (another replica holds the lease) are read
every time; a hub slot that changed (a rebuild switched, the lease was taken over) is read
again; an answer computed while a batch arrived is not kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kit.events import CloudEvent
from services.reporting.adapters.live_reads import LiveReads
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.application.querying import Doc, Fields, MemoryStore
from services.reporting.application.views import view
from services.reporting.projections.catalogue import projections
from services.reporting.projections.supervision_training import MODEL as TRAINING
from services.supervision.domain.events.records import TrainingHeld
from tests.support.esa_records import people, records_history
from tests.support.histories import History

MODELS = [p.name for p in projections()]


class Hub:
    """The hub as LiveReads sees it: the models it keeps, and a call after each batch."""

    def __init__(self) -> None:
        self.slots: dict[str, object] = {m: object() for m in MODELS}
        self.listeners: dict[str, list[Callable[[], None]]] = {}

    def listen(self, model: str, changed: Callable[[], None]) -> None:
        self.listeners.setdefault(model, []).append(changed)

    def applied(self, model: str) -> None:
        for changed in self.listeners.get(model, []):
            changed()


class Counted(MemoryStore):
    """The store's documents; counts the reads made of them, and can be told to do
    something in the middle of a read (a batch arriving)."""

    reads = 0
    meanwhile: Callable[[], None] | None = None

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        self.reads += 1
        if self.meanwhile is not None:
            self.meanwhile()
        return await super().find(model, flt, fields)

    def fold(self, events: list[CloudEvent]) -> None:
        """The documents after `events`, as the hub's bulk writes leave them."""
        self.models = fold_log(projections(), [Logged(0, e) for e in events], Perspective()).models


def live() -> tuple[History, Counted, Hub, LiveReads]:
    history, source, hub = records_history(), Counted(), Hub()
    source.fold(history.events)
    return history, source, hub, LiveReads(source, hub, MODELS)


async def trainings(reads: LiveReads) -> int:
    nation = await view(reads, "nation", "th", 2569, None)
    return int(nation["sections"]["supervision"]["figures"]["training.trainings"])


def held(history: History, source: Counted) -> None:
    """A new training of Loei ESA 2, written to the store (the hub has not called back yet)."""
    record = TrainingHeld(
        esa="loei-2", province="loei", training_id="t4", academic_year=2569, title="อบรมใหม่",
        held_on=date(2026, 10, 1), hours=1.0, organiser="กลุ่มนิเทศ", policies=[],
        participants=people("1042020101"),
    )  # fmt: skip
    data = record.model_dump(mode="json")
    history.add(record.type, "training-t4", "loei-2", "loei", **data)
    source.fold(history.events)


async def test_a_view_asked_again_is_answered_from_memory() -> None:
    _, source, _, reads = live()
    assert await trainings(reads) == 3
    before = source.reads
    assert await trainings(reads) == 3
    assert source.reads == before  # nothing read again


async def test_a_new_event_makes_the_next_answer_fresh() -> None:
    history, source, hub, reads = live()
    assert await trainings(reads) == 3
    held(history, source)
    assert await trainings(reads) == 3  # written, but the hub has not said so: still kept
    hub.applied(TRAINING)
    assert await trainings(reads) == 4
    hub.applied("needs_service")  # a batch of another model leaves this one kept
    before = source.reads
    assert await trainings(reads) == 4
    assert 0 < source.reads - before < 10  # the needs figures only


async def test_models_the_hub_does_not_keep_here_are_read_every_time() -> None:
    history, source, hub, reads = live()
    del hub.slots[TRAINING]  # another replica holds the lease
    assert await trainings(reads) == 3
    held(history, source)
    assert await trainings(reads) == 4


async def test_a_new_hub_slot_is_read_again() -> None:
    history, source, hub, reads = live()
    assert await trainings(reads) == 3
    held(history, source)
    hub.slots[TRAINING] = object()  # a rebuild switched the generation
    assert await trainings(reads) == 4


async def test_an_answer_computed_while_a_batch_arrived_is_not_kept() -> None:
    history, source, hub, reads = live()

    def batch() -> None:
        source.meanwhile = None
        held(history, source)
        hub.applied(TRAINING)

    source.meanwhile = batch  # the batch lands during the first view's reads
    first = await trainings(reads)
    assert first in (3, 4)
    assert await trainings(reads) == 4
