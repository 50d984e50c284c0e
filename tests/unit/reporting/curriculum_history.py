"""A small curriculum history with known times, written through the curriculum service's own
command runner into an in-memory event store, and an in-memory read-model store to query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from kit.readmodel.docs import Docs
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold
from services.curriculum.application import assessments, cases, committees
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.case import Actor
from services.curriculum.domain.decisions import DecisionRequest
from services.curriculum.domain.events import registry
from services.curriculum.domain.reference import PARTNER_GROUPS, Committee

START = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)
META = CommandMeta(actor_id="tester", actor_role="school_director", name="test")
SCHOOLS = {
    "1021080101": ("rayong-2", "rayong-2-wangchan"),
    "1021080102": ("rayong-2", "rayong-2-wangchan"),
    "1021070101": ("rayong-1", "rayong-1-banchang"),
    "1042060101": ("loei-3", "loei-3-nahaeo"),
}


@dataclass
class MemoryStore:
    """The two read methods of the read-model store, over folded documents."""

    models: dict[str, Docs] = field(default_factory=dict)

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        docs = self.models.get(model, Docs()).values()
        return [d for d in docs if all(d.get(k) == v for k, v in flt.items())]

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return self.models.get(model, Docs()).get(key)


def organisation() -> Docs:
    docs = Docs()
    for province in ("loei", "rayong"):
        docs[f"province:{province}"].update(kind="province", province=province)
    for esa in ("loei-1", "loei-2", "loei-3", "rayong-1", "rayong-2"):
        docs[f"esa:{esa}"].update(kind="esa", esa=esa, province=esa.split("-")[0])
    return docs


def store_of(events: list[CloudEvent], *projections: Projection) -> MemoryStore:
    store = MemoryStore({"reporting_organisation": organisation()})
    for projection in projections:
        store.models[projection.name] = fold(projection, events)
    return store


class History:
    def __init__(self) -> None:
        self.clock = FixedClock(START)
        self.store = InMemoryEventStore(self.clock)
        self.runner = CommandRunner(self.store, registry, "curriculum", self.clock)

    def events(self) -> list[CloudEvent]:
        return sorted(self.store.all_events(), key=lambda e: (e.time, e.subject, e.streamversion))

    def later(self, **delta: float) -> None:
        self.clock.advance(**delta)

    async def submitted(self, school: str, curriculum_type: int) -> str:
        esa, cluster = SCHOOLS[school]
        facts = {"school": school, "esa": esa, "province": esa.split("-")[0], "cluster": cluster}
        await cases.open_case(
            self.runner, META, facts | {"sandbox_pilot": True}, 2569, curriculum_type, "หลักสูตร"
        )
        case_id = f"{school}-2569"
        day = date(2026, 5, 30)
        for decide in (
            lambda h: preparation.add_document(h, "drive://v1", "sha256:" + "a" * 64, ""),
            lambda h: preparation.record_analysis(h, "ฐานทุน", [], []),
            lambda h: preparation.record_board_approval(h, day, "มติ", day),
            lambda h: preparation.record_hearing(h, day, dict.fromkeys(PARTNER_GROUPS, 3), day),
            lambda h: submission.submit(h, self.actor("school_director")),
        ):
            await cases.run_on_case(self.runner, META, esa, case_id, decide)
        return case_id

    async def resubmitted(self, case_id: str) -> None:
        """A new document version, then the director submits again."""
        esa = SCHOOLS[case_id.split("-")[0]][0]
        revision = "sha256:" + "b" * 64
        await cases.run_on_case(
            self.runner,
            META,
            esa,
            case_id,
            lambda h: preparation.add_document(h, "drive://v2", revision, ""),
        )
        director = self.actor("school_director")
        await cases.run_on_case(
            self.runner, META, esa, case_id, lambda h: submission.submit(h, director)
        )

    def actor(self, role: str) -> Actor:
        return Actor(f"someone-{role}", "ผู้ทดสอบ", role, self.clock.now())

    async def decide(self, case_id: str, committee: Committee, outcome: str) -> None:
        esa = SCHOOLS[case_id.split("-")[0]][0]
        changes = ("ปรับปรุง",) if outcome == "send_back" else ()
        request = DecisionRequest(committee, outcome, "เหตุผล", changes)
        actor = self.actor(committee.value)
        await committees.decide(self.runner, META, esa, case_id, request, actor)

    async def assessed(self, school: str, semester: int, learners: int, advanced: int) -> None:
        esa, cluster = SCHOOLS[school]
        facts = {"school": school, "esa": esa, "province": esa.split("-")[0], "cluster": cluster}
        levels = {"communication": {"advanced": advanced, "proficient": learners - advanced}}
        await assessments.report(self.runner, META, facts, 2569, semester, learners, levels)
