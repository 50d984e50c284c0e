"""A command runner that remembers what each decision saw, and the invariants every step keeps.

`WatchingRunner` is the real `CommandRunner`; it only wraps `decide` to record the history the
domain decided on and the events it produced. After a step, `check_stream` reloads the stream
from the store and proves:

- replay determinism: folding the stored events from scratch gives the state the handler saw
  plus its new events (so what was stored is exactly what was decided, and decoding the stored
  envelopes gives back the same payloads);
- contiguity: the stream's events carry versions 1..n with no gap and no repeat;
- a rejected command appended nothing anywhere (`snapshot` before, compare after).
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Decide, Describe, StreamTarget
from kit.errors import NithetError
from kit.events import DomainEvent
from kit.eventstore.memory import InMemoryEventStore


@dataclass(frozen=True)
class Decision:
    target: StreamTarget
    seen: list[DomainEvent]
    new: list[DomainEvent]


class WatchingRunner(CommandRunner):
    def __init__(self, store: InMemoryEventStore, *args: Any, **kwargs: Any) -> None:
        super().__init__(store, *args, **kwargs)
        self.store = store
        self.decisions: list[Decision] = []

    async def run(
        self,
        target: StreamTarget,
        meta: CommandMeta,
        decide: Decide,
        describe: Describe | None = None,
    ) -> CommandOutcome:
        def watched(history: list[DomainEvent]) -> Sequence[DomainEvent]:
            new = list(decide(history))
            self.decisions.append(Decision(target, list(history), new))
            return new

        return await super().run(target, meta, watched, describe)


def snapshot(store: InMemoryEventStore) -> list[str]:
    """Every stored event id, in storage order."""
    return [e.id for e in store.all_events()]


async def check_stream(runner: WatchingRunner, target: StreamTarget) -> list[DomainEvent]:
    """The stream's invariants (see the module's doc); returns its decoded history."""
    stored = await runner.store.load(target.tenant, target.stream)
    assert [e.streamversion for e in stored.events] == list(range(1, stored.version + 1))
    assert {e.subject for e in stored.events} <= {target.stream}
    assert {e.tenantid for e in stored.events} <= {target.tenant}
    history, _ = await runner.history(target)
    last = next((d for d in reversed(runner.decisions) if d.target == target), None)
    if last is not None:  # the latest decision on this stream is what the stream holds now
        assert history == [*last.seen, *last.new]
    else:
        assert history == []
    return history


async def attempt(
    runner: WatchingRunner, command: Awaitable[CommandOutcome], accepted: bool
) -> CommandOutcome | None:
    """Run a command the model expects to be `accepted` or refused; a refusal writes nothing."""
    before = snapshot(runner.store)
    try:
        outcome = await command
    except NithetError as refused:
        assert not accepted, f"refused, but the model accepts it: {refused.code}"
        assert snapshot(runner.store) == before
        return None
    assert accepted, f"accepted, but the model refuses it: {outcome.result}"
    return outcome


def draw_act(data: st.DataObject, acts: dict[str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """One command drawn with its arguments; an act's `_weight` repeats it among the choices.

    Machines draw their commands through one or two rules rather than a rule each: Hypothesis
    switches whole rules off for some runs, which starves the long scenarios (a return, then
    its correction) that the model is most interested in.
    """
    names = [name for name, args in acts.items() for _ in range(args.get("_weight", 1))]
    name = data.draw(st.sampled_from(names), label="act")
    return name, {k: data.draw(v, label=k) for k, v in acts[name].items() if k != "_weight"}
