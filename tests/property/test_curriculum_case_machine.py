"""A curriculum case under random valid and invalid commands of the school and the committees.

Commands run through `run_on_case` (what every case route calls) on the in-memory event store.
The model restates the rules in a few lines: which commands the case accepts at each stage,
and where it goes next (the committee stage, a send-back and the resubmission that returns to
the committee that sent it back, reversals, type changes, withdrawal). After every step the
stream is reloaded and folded from scratch (see `watching`) and compared with the model.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from kit.clock import FixedClock
from kit.commands import CommandMeta
from kit.eventstore.memory import InMemoryEventStore
from services.curriculum.application.cases import case_target, open_case, run_on_case
from services.curriculum.domain import decisions, preparation, reversals, submission
from services.curriculum.domain import events as ev
from services.curriculum.domain.case import Actor, case_from, case_id_of
from services.curriculum.domain.decisions import ALLOWED, OUTCOMES, DecisionRequest
from services.curriculum.domain.reference import (
    COMMITTEE_STAGE,
    PARTNER_GROUPS,
    Committee,
    Stage,
)
from tests.property.case_model import COMMITTEE_ACTS, HASHES, SCHOOL_ACTS, Model
from tests.property.watching import WatchingRunner, attempt, check_stream, draw_act

ESA = "rayong-2"
SCHOOL = {
    "school": "1021080199",
    "esa": ESA,
    "province": "rayong",
    "cluster": "rayong-2-wangchan",
    "name_th": "โรงเรียนบ้านทดลองสมมุติ",
    "sandbox_pilot": True,
}
CASE = case_id_of("1021080199", 2569)
NOW = datetime(2026, 7, 1, 3, 0, tzinfo=UTC)
TODAY = date(2026, 7, 1)
EVERY_GROUP = dict.fromkeys(PARTNER_GROUPS, 5)


def meta(name: str, role: str) -> CommandMeta:
    return CommandMeta(actor_id=f"test:{role}", actor_role=role, name=name)


def actor(role: str) -> Actor:
    return Actor(f"test:{role}", "ผู้ทดสอบสมมุติ", role, NOW)


class CaseMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        clock = FixedClock(NOW)
        store = InMemoryEventStore(clock)
        self.runner = WatchingRunner(store, ev.registry, "curriculum", clock)

    def teardown(self) -> None:
        self.loop.close()

    def command(self, name: str, role: str, decide: Any, accepted: bool) -> Any:
        run = run_on_case(self.runner, meta(name, role), ESA, CASE, decide)
        outcome = self.loop.run_until_complete(attempt(self.runner, run, accepted))
        return outcome

    @initialize(
        curriculum_type=st.sampled_from([2, 3]), prepared=st.sampled_from([True] * 3 + [False])
    )
    def open_the_case(self, curriculum_type: int, prepared: bool) -> None:
        """Open the case; mostly, prepare it for submission at once (each step checked)."""
        opening = open_case(
            self.runner, meta("open", "school"), SCHOOL, 2569, curriculum_type, "หลักสูตรสมมุติ"
        )
        self.loop.run_until_complete(attempt(self.runner, opening, True))
        self.model = Model(curriculum_type)
        if prepared:
            self.add_document(HASHES[0])
            self.record_analysis()
            self.record_board_approval(0)
            self.record_hearing(True)

    def open_it_again(self) -> None:
        opening = open_case(self.runner, meta("open", "school"), SCHOOL, 2569, 2, "หลักสูตรซ้ำ")
        self.loop.run_until_complete(attempt(self.runner, opening, False))

    def add_document(self, content: str) -> None:
        m = self.model
        ok = m.with_school() and (not m.documents or m.documents[-1] != content)
        if self.command(
            "add_document",
            "school",
            lambda h: preparation.add_document(h, f"drive://{content[-4:]}.pdf", content, ""),
            ok,
        ):
            m.documents.append(content)
            m.revised = True

    def record_analysis(self) -> None:
        if self.command(
            "analysis",
            "school",
            lambda h: preparation.record_analysis(h, "ฐานทุนชุมชน", ["ชุมชนเข้มแข็ง"], []),
            self.model.with_school(),
        ):
            self.model.analysis = True

    def record_board_approval(self, days_ago: int) -> None:
        m = self.model
        day = TODAY - timedelta(days=days_ago)
        ok = m.with_school() and days_ago >= 0 and bool(m.documents)
        if self.command(
            "board",
            "school",
            lambda h: preparation.record_board_approval(h, day, "มติที่ 1/2569", TODAY),
            ok,
        ):
            m.board = True

    def record_hearing(self, complete: bool) -> None:
        m = self.model
        groups = EVERY_GROUP if complete else {"parents": 3}
        ok = m.with_school() and complete and bool(m.documents)
        if self.command(
            "hearing", "school", lambda h: preparation.record_hearing(h, TODAY, groups, TODAY), ok
        ):
            m.hearing = True

    def submit(self) -> None:
        m = self.model
        ready = m.documents and m.analysis and m.board and m.hearing
        ok = bool(m.with_school() and ready and not (m.stage is Stage.RETURNED and not m.revised))
        if self.command(
            "submit", "school", lambda h: submission.submit(h, actor("school_director")), ok
        ):
            first = m.stage is Stage.DRAFT or m.restart or m.returned_from is None
            m.stage = Stage.SCREENING if first else m.returned_from  # type: ignore[assignment]
            m.submissions += 1
            m.submitted_version = len(m.documents)
            m.restart, m.reversible = False, 0

    def decide(self, whose: str, outcome: str, changes: tuple[str, ...], read: Any) -> None:
        """A decision by the committee holding the case (or any committee)."""
        m = self.model
        holding = {stage: c for c, stage in COMMITTEE_STAGE.items()}.get(m.stage)
        if whose != "holding":
            committee = Committee(whose)
        else:
            committee = holding or Committee.ACADEMIC_SUBCOMMITTEE
        version = {None: None, "submitted": m.submitted_version, "other": m.submitted_version + 1}[
            read
        ]
        ok = (
            not m.final()
            and m.stage is COMMITTEE_STAGE[committee]
            and outcome in ALLOWED.get((committee, m.curriculum_type), frozenset())
            and read != "other"
            and (outcome != "send_back" or bool(changes))
        )
        request = DecisionRequest(committee, outcome, "เหตุผลของคณะกรรมการ", changes, None, version)
        if self.command(
            "decide",
            committee.value,
            lambda h: decisions.decide(h, request, actor(committee.value)),
            ok,
        ):
            m.decisions.append((committee, m.stage))
            if outcome == "send_back":
                m.returned_from, m.revised = m.stage, False
            m.stage = OUTCOMES[outcome][1]
            m.reversible = len(m.decisions)

    def reverse(self, whose: str, back: int) -> None:
        """Reverse the latest decision, or one before it, or one that does not exist, by the
        committee that took the latest decision or another."""
        m = self.model
        latest = m.decisions[-1][0] if m.decisions else Committee.ACADEMIC_SUBCOMMITTEE
        committee = latest if whose == "latest" else Committee(whose)
        number = len(m.decisions) + 1 - back
        taken = m.decisions[number - 1] if 0 < number <= len(m.decisions) else None
        ok = taken is not None and taken[0] is committee and m.reversible == number
        if self.command(
            "reverse",
            committee.value,
            lambda h: reversals.reverse(h, committee, number, "ลงมติผิดพลาด", actor(committee.value)),
            ok,
        ):
            assert taken is not None
            m.decisions.append((committee, m.stage))
            m.stage, m.reversible = taken[1], 0

    def change_type(self, curriculum_type: int) -> None:
        m = self.model
        if self.command(
            "change_type",
            "school",
            lambda h: preparation.change_type(h, curriculum_type),
            not m.final(),
        ) and (curriculum_type != m.curriculum_type):
            m.curriculum_type = curriculum_type
            m.stage = m.stage if m.with_school() else Stage.SCREENING
            m.restart = m.restart or m.submissions > 0
            m.reversible = 0

    def withdraw(self, now: bool) -> None:
        """Withdraw the case (now and then: mostly, this step leaves it as it is)."""
        m = self.model
        if not now:
            return
        if self.command(
            "withdraw",
            "school",
            lambda h: submission.withdraw(h, "โรงเรียนขอถอนเรื่อง", actor("school_director")),
            not m.final(),
        ):
            m.stage, m.reversible = Stage.WITHDRAWN, 0

    @rule(data=st.data())
    def the_school_acts(self, data: st.DataObject) -> None:
        name, arguments = draw_act(data, SCHOOL_ACTS)
        getattr(self, name)(**arguments)

    @rule(data=st.data())
    def a_committee_acts(self, data: st.DataObject) -> None:
        name, arguments = draw_act(data, COMMITTEE_ACTS)
        getattr(self, name)(**arguments)

    @invariant()
    def the_stream_holds_what_was_decided_and_the_model(self) -> None:
        m = self.model
        history = self.loop.run_until_complete(check_stream(self.runner, case_target(ESA, CASE)))
        case = case_from(history)
        assert (case.stage, case.curriculum_type) == (m.stage, m.curriculum_type)
        assert [d.content_hash for d in case.documents] == m.documents
        assert [d.version for d in case.documents] == list(range(1, len(m.documents) + 1))
        assert case.submissions == m.submissions
        assert [d.decision_no for d in case.decisions] == list(range(1, len(m.decisions) + 1))
        assert [(d.committee, d.previous_stage) for d in case.decisions] == m.decisions
        assert case.last_route_event == m.reversible


CaseMachine.TestCase.settings = settings(
    max_examples=200, stateful_step_count=40, deadline=None, derandomize=True
)
test_a_curriculum_case_follows_the_model = CaseMachine.TestCase
