"""A year of work in Loei province (academic year 2569) as real events, for year-end reports.

The directory's reference data (provinces, ESAs, clusters, schools with their Thai names) is
published as the directory's registration events; Loei ESA 3's year of needs work (tests.unit.needs
.year) gets a campaign, answers, a production and a training request of Loei ESA 1 beside it;
supervision and curriculum come from year_end_supervision and year_end_curriculum. The events
are folded through reporting's projections into the store the report reads.
"""

from __future__ import annotations

import asyncio
import functools
from datetime import UTC, date, datetime, timedelta

from kit.events import CloudEvent
from services.directory import reference as ref
from services.needs.adapters.projections.schools import SchoolsView
from services.needs.adapters.schools import known_for, placement
from services.needs.application import campaigns, production, responses, service, templates
from services.needs.domain import production as evaluated
from services.needs.domain import service as served
from services.needs.domain.commands import production as producing
from services.needs.domain.commands import service as asking
from services.needs.domain.commands import surveys
from services.needs.domain.commands.common import Target
from services.needs.domain.indicators import INDICATORS
from services.needs.domain.standard_form import standard_questions
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.application.querying import MemoryStore
from services.reporting.application.yearend import YearEndReport
from services.reporting.application.yearend_report import year_end_report
from services.reporting.projections.catalogue import projections
from tests.support.histories import History
from tests.unit.needs.builders import standard_answers
from tests.unit.needs.year import Year, meta, run_year
from tests.unit.reporting.year_end_curriculum import curriculum_events
from tests.unit.reporting.year_end_supervision import supervision_events

ISSUED = datetime(2027, 3, 20, 2, 30, tzinfo=UTC)  # 20 มีนาคม 2570, 09:30 in Thailand
LOEI_1 = sorted(s.code for s in ref.SCHOOLS if s.esa == "loei-1")


def directory_events() -> list[CloudEvent]:
    """The directory's reference data as the events its registrations publish."""
    h = History(clock=datetime(2026, 5, 15, 2, 0, tzinfo=UTC))
    for p in ref.PROVINCES:
        h.province(p.code, p.name_th)
    for e in ref.ESAS:
        h.add(
            "directory.EsaRegistered", f"esa-{e.code}", e.code, e.province, esa=e.code,
            province=e.province, name_th=e.name_th, name_en=e.name_en, short_th=e.short_th,
            level="primary",
        )  # fmt: skip
    for c in ref.CLUSTERS:
        province = c.esa.rsplit("-", 1)[0]
        h.add(
            "directory.ClusterRegistered", f"cluster-{c.code}", c.esa, province, cluster=c.code,
            esa=c.esa, province=province, name_th=c.name_th, name_en=c.name_en,
        )  # fmt: skip
    for s in ref.SCHOOLS:
        province = s.esa.rsplit("-", 1)[0]
        h.add(
            "directory.SchoolRegistered", f"school-{s.code}", s.esa, province, school=s.code,
            name_th=s.name_th, name_en=s.name_en, esa=s.esa, province=province,
            cluster=s.cluster, district_th=s.district_th, sandbox_pilot=s.sandbox_pilot,
            effective_from="2026-05-16",
        )  # fmt: skip
    return h.events


async def loei_1_needs(y: Year, directory: list[CloudEvent]) -> None:
    """A campaign of Loei ESA 1: four of its six schools answer."""
    y.views.fold(SchoolsView(), directory)
    r = y.runner
    form = surveys.PublishTemplate(title_th="แบบสำรวจความต้องการสื่อ", questions=standard_questions())
    published = await templates.publish(r, meta("publish"), "loei-1", form)
    target = Target(kind="list", schools=LOEI_1)
    command = surveys.OpenCampaign(
        title="สำรวจความต้องการสื่อ เขต 1", academic_year=2569, opens_on=date(2026, 6, 1),
        closes_on=date(2026, 7, 15), target=target, template_id=published.result["template_id"],
    )  # fmt: skip
    known = await known_for(y.views, "loei-1", target)  # type: ignore[arg-type]
    opened = await campaigns.open_campaign(r, meta("open"), "loei-1", command, known)
    answers = standard_answers(math_media=5, thai_media=4)
    for school in LOEI_1[:4]:
        submit = surveys.SubmitResponse(answers=answers, template_version=1)
        who = meta("submit", "school_director")
        campaign = opened.result["campaign_id"]
        await responses.submit_response(r, who, "loei-1", campaign, school, submit)


async def loei_1_media(y: Year) -> None:
    """A production of Loei ESA 1 evaluated "good"; a training request fulfilled, rated 5."""
    r = y.runner
    school = await placement(y.views, "loei-1", LOEI_1[0])  # type: ignore[arg-type]
    register = producing.RegisterProduction.model_validate(
        {
            "title": "ชุดการเรียนรู้วิทยาศาสตร์", "kind": "innovation", "subject": "science",
            "grade_levels": ["p4"], "authors": [{"name": "ครูตัวอย่าง สอง"}],
            "evidence": [{"title": "ไฟล์", "reference": "doc://s", "sha256": "9" * 64}],
        }
    )  # fmt: skip
    who = meta("register", "school_director")
    made = await production.register(r, who, "loei-1", school, register)
    scores = [{"indicator": i, "score": 3} for i in INDICATORS]
    evaluation = producing.EvaluateProduction.model_validate({"scores": scores})
    production_id = made.result["production_id"]
    await production.step(
        r, meta("evaluate"), "loei-1", production_id, evaluated.evaluate_production, evaluation
    )
    needed = y.clock.now().date() + timedelta(days=30)
    ask = asking.RequestService(kind="training", details="ขอรับการอบรม", needed_by=needed)
    asked = await service.request(r, meta("request", "school_director"), "loei-1", school, ask)
    request_id = asked.result["request_id"]
    for decide, command, role in (
        (served.accept, asking.AcceptRequest(), "supervisor"),
        (served.fulfil, asking.FulfilRequest(note="อบรมแล้ว"), "supervisor"),
        (served.rate, asking.RateService(rating=5), "school_director"),
    ):
        await service.step(
            r, meta(type(command).__name__, role), "loei-1", request_id, decide, command
        )


async def year_events() -> list[CloudEvent]:
    directory = directory_events()
    needs_year = await run_year()
    await loei_1_needs(needs_year, directory)
    await loei_1_media(needs_year)
    needs_events = await needs_year.events()
    return [*directory, *needs_events, *await supervision_events(), *await curriculum_events()]


def store_of(events: list[CloudEvent]) -> MemoryStore:
    log = [Logged(int(e.time.timestamp() * 1000), e) for e in events]
    return fold_log(projections(), log, Perspective())


@functools.cache
def loei_store() -> MemoryStore:
    """The year's events folded once per test run (reports only read the store)."""
    return store_of(asyncio.run(year_events()))


def report(level: str, code: str, semester: int | None = None) -> YearEndReport:
    return asyncio.run(year_end_report(loei_store(), level, code, 2569, semester, ISSUED))
