"""A needs campaign and its schools' responses under random valid and invalid commands.

The commands go through the needs application handlers on the in-memory event store with a
clock that moves day by day. A small model says, before each command, whether it must be
accepted and what follows: the campaign's state (open, closed, the template version it asks,
reminders sent) and, per school, the number of revisions and the correction still awaited.
After every step the streams are reloaded and folded from scratch (see `watching`).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)

from kit.clock import FixedClock
from kit.commands import CommandMeta, StreamTarget
from kit.eventstore.memory import InMemoryEventStore
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.application import campaigns, responses, templates
from services.needs.domain import events as ev
from services.needs.domain.campaigns import campaign_from, campaign_stream
from services.needs.domain.commands.common import Target
from services.needs.domain.commands.surveys import (
    AdoptTemplateVersion,
    OpenCampaign,
    PublishTemplate,
    ReturnResponse,
    SubmitResponse,
)
from services.needs.domain.days import local_day
from services.needs.domain.responses import pending_return, response_stream
from services.needs.domain.standard_form import standard_questions
from tests.property.campaign_model import ACTS, OUTSIDER, REASON, TARGETS, Model
from tests.property.watching import WatchingRunner, attempt, check_stream, draw_act
from tests.unit.needs.builders import standard_answers
from tests.unit.needs.memory import MemoryViews
from tests.unit.needs.year import version_2

ESA, PROVINCE = "loei-3", "loei"
START = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 10:00 in Thailand
ANSWERS = {1: standard_answers(), 2: standard_answers(english_media=None), 0: {"nonsense": 1}}


def meta(name: str, role: str = "supervisor") -> CommandMeta:
    return CommandMeta(actor_id=f"test:{role}", actor_role=role, name=name)


class CampaignMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.clock = FixedClock(START)
        self.runner = WatchingRunner(
            InMemoryEventStore(self.clock), ev.registry, "needs", self.clock
        )
        self.template_id = self.run(self._publish_template())

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def teardown(self) -> None:
        self.loop.close()

    async def _publish_template(self) -> str:
        first = await self._publish(None, standard_questions())
        await self._publish(first, version_2())
        return first

    async def _publish(self, template_id: str | None, questions: Any) -> str:
        command = PublishTemplate(title_th="แบบสำรวจความต้องการสื่อ", questions=questions)
        done = await templates.publish(self.runner, meta("publish"), ESA, command, template_id)
        return str(done.result["template_id"])

    def _open(self, opens_on: date, closes_on: date) -> Any:
        known = [
            ev.TargetSchool(school=s, cluster="loei-3-nahaeo", name_th=f"โรงเรียนสมมุติ {i}")
            for i, s in enumerate(TARGETS)
        ]
        command = OpenCampaign(
            title="สำรวจความต้องการสื่อ ปีการศึกษา 2569",
            academic_year=2569,
            opens_on=opens_on,
            closes_on=closes_on,
            target=Target(kind="list", schools=list(TARGETS)),
            template_id=self.template_id,
            template_version=1,
        )
        return campaigns.open_campaign(self.runner, meta("open"), ESA, command, known)

    @initialize(starts_in=st.sampled_from([0, -2, 2]), days=st.integers(5, 30))
    def open_campaign(self, starts_in: int, days: int) -> None:
        today = local_day(self.clock.now())
        opens_on = today + timedelta(days=starts_in)
        closes_on = max(opens_on + timedelta(days=days), today)
        outcome = self.run(attempt(self.runner, self._open(opens_on, closes_on), True))
        assert outcome is not None
        self.campaign_id = str(outcome.result["campaign_id"])
        self.model = Model(today, opens_on, closes_on)

    def return_unanswered(self) -> None:
        school = next((s for s in TARGETS if not self.model.revisions[s]), None)
        if school is None:
            return
        back = ReturnResponse(reason=REASON)
        command = responses.return_response(
            self.runner, meta("return"), ESA, self.campaign_id, school, back
        )
        self.run(attempt(self.runner, command, False))

    def open_with_reversed_dates(self, days: int) -> None:
        today = local_day(self.clock.now())
        self.run(attempt(self.runner, self._open(today, today - timedelta(days=days)), False))

    def time_passes(self, to: str, offset: int) -> None:
        """A day or a week, or to the day before, of or after a deadline (the closing day, or
        the latest correction's due day) if that is still ahead."""
        m = self.model
        due = [d for d in m.correct_by.values() if d] if to == "due" else []
        deadline = (max(due) if due else m.closes_on) + timedelta(days=offset)
        day = {
            "next day": m.today + timedelta(days=1),
            "in a week": m.today + timedelta(days=7),
        }.get(to, deadline)
        if day <= m.today:
            day = m.today + timedelta(days=1)
        self.clock.advance(days=(day - m.today).days)
        m.today = day

    def submit(self, school: str, answers: str, answered: str | None) -> None:
        m = self.model
        other = 3 - m.version
        fits = {"current": m.version, "other": other, "nonsense": 0}
        ok = m.accepts_from(school) and answered != "other" and answers == "current"
        given = SubmitResponse(
            answers=ANSWERS[fits[answers]], template_version=fits[answered] if answered else None
        )
        command = responses.submit_response(
            self.runner, meta("submit", "school"), ESA, self.campaign_id, school, given
        )
        outcome = self.run(attempt(self.runner, command, ok))
        if outcome:
            m.revisions[school] += 1
            m.correct_by[school] = None
            assert outcome.result["revision"] == m.revisions[school]

    def return_response(self, nth: int, reason: str, due_in: int | None) -> None:
        """Return the nth school that answered (the unanswered: `return_unanswered`)."""
        m = self.model
        answered = [s for s in TARGETS if m.revisions[s]]
        if not answered:
            return self.return_unanswered()
        school = answered[nth % len(answered)]
        asked = None if due_in is None else m.today + timedelta(days=due_in)
        due = asked or max(m.closes_on, m.today + timedelta(days=7))
        ok = (
            m.revisions[school] > 0
            and m.correct_by[school] is None
            and not m.closed
            and bool(reason.strip())
            and due >= m.today
        )
        back = ReturnResponse(reason=reason, correct_by=asked)
        command = responses.return_response(
            self.runner, meta("return"), ESA, self.campaign_id, school, back
        )
        if self.run(attempt(self.runner, command, ok)):
            m.correct_by[school] = due

    def adopt_version(self, version: int) -> None:
        m = self.model
        ok = m.running() and version in (1, 2) and version > m.version
        adopt = AdoptTemplateVersion(template_version=version)
        command = campaigns.adopt_template_version(
            self.runner, meta("adopt"), ESA, self.campaign_id, adopt
        )
        if self.run(attempt(self.runner, command, ok)):
            m.version = version

    def remind(self) -> None:
        m = self.model
        views = MemoryViews()
        views.fold(
            NeedsRecords(),
            [e for c in self.run(self.runner.store.pending(10**6)) for e in c.events],
        )
        doc = self.run(views.get("needs_records", f"campaign:{self.campaign_id}")) or {}
        missing = campaigns.missing_schools(doc)
        command = campaigns.send_reminder(
            self.runner, meta("remind"), ESA, self.campaign_id, missing
        )
        outcome = self.run(attempt(self.runner, command, m.running() and bool(m.missing())))
        if outcome:
            m.reminders += 1
            assert outcome.result["reminded"] == m.missing()

    def close(self, now: bool) -> None:
        """Close the campaign (now and then: often, this step leaves it as it is)."""
        m = self.model
        if not now:
            return
        command = campaigns.close_campaign(self.runner, meta("close"), ESA, self.campaign_id)
        self.run(attempt(self.runner, command, True))
        m.closed = True

    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        name, arguments = draw_act(data, ACTS)
        getattr(self, name)(**arguments)

    @invariant()
    def streams_hold_what_was_decided_and_the_model(self) -> None:
        m = self.model
        campaign = campaign_from(self.run(check_stream(self.runner, self._target("campaign"))))
        assert (campaign.closed is not None, campaign.template_version) == (m.closed, m.version)
        assert campaign.reminders == m.reminders
        for school in TARGETS:
            history = self.run(check_stream(self.runner, self._target(school)))
            submitted = [e for e in history if isinstance(e, ev.SurveyResponseSubmitted)]
            assert [e.revision for e in submitted] == list(range(1, m.revisions[school] + 1))
            returned = pending_return(history)
            assert (returned.correct_by if returned else None) == m.correct_by[school]
        outsider = self.run(check_stream(self.runner, self._target(OUTSIDER)))
        assert outsider == []

    def _target(self, school: str) -> StreamTarget:
        if school == "campaign":
            return StreamTarget(ESA, PROVINCE, campaign_stream(self.campaign_id))
        return StreamTarget(ESA, PROVINCE, response_stream(self.campaign_id, school))


CampaignMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=40, deadline=None, derandomize=True
)
test_a_campaign_and_its_responses_follow_the_model = CampaignMachine.TestCase
