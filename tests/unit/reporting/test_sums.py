"""Province = sum of its ESAs and nation = sum of provinces, on randomised event histories.

Random organisations, school moves, campaigns, responses (revisions, re-deliveries, any order
across streams) are folded through the real projections in memory, and the needs view is
queried through a MemoryStore at the three levels, as recorded, as organised then and now.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.reporting.application import needs, views
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.projections.catalogue import projections
from tests.support.histories import History

FIGURES = ("campaigns", "targets", "responded")
PERSPECTIVES = [Perspective(organisation=o) for o in ("recorded", "then", "now")]


@st.composite
def histories(draw: st.DrawFn) -> History:
    h = History()
    placement: dict[str, tuple[str, str, str]] = {}
    clusters_of: dict[str, list[tuple[str, str]]] = {}
    for p in range(draw(st.integers(1, 3))):
        province = f"p{p}"
        h.province(province, f"จังหวัด {p}")
        clusters_of[province] = []
        for e in range(draw(st.integers(1, 3))):
            esa = f"{province}-{e + 1}"
            h.esa(esa, province)
            for c in range(draw(st.integers(1, 2))):
                cluster = f"{esa}-c{c}"
                h.cluster(cluster, esa, province)
                clusters_of[province].append((esa, cluster))
                for s in range(draw(st.integers(0, 3))):
                    school = f"{esa}{c}{s}".replace("-", "")
                    h.school(school, esa, cluster, province)
                    placement[school] = (esa, cluster, province)
    schools = sorted(placement)
    if not schools:
        return h
    steps = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10**6)), max_size=25))
    open_campaigns: list[tuple[str, str, str, dict[str, str], int]] = []
    for kind, n in steps:
        school = schools[n % len(schools)]
        esa, cluster, province = placement[school]
        if kind == 0:  # a school moves (effective from a day before or after now)
            to_esa, to_cluster = clusters_of[province][n % len(clusters_of[province])]
            since = h.clock.date() + timedelta(days=(n % 7) - 3)
            h.move(school, esa, (esa, cluster), (to_esa, to_cluster), province, since)
            placement[school] = (to_esa, to_cluster, province)
        elif kind == 1 or not open_campaigns:  # an ESA surveys its schools as placed now
            targets = {s: p[1] for s, p in placement.items() if p[0] == esa}
            year = 2569 if n % 5 else 2568
            closes = date(year - 543, 6, 1) + timedelta(days=n % 300)
            campaign = h.campaign(esa, province, targets, year, closes)
            open_campaigns.append((campaign, esa, province, targets, year))
        else:  # a target school answers (again), sometimes the campaign closes
            campaign, c_esa, c_province, targets, year = open_campaigns[n % len(open_campaigns)]
            if not targets:
                continue
            school = sorted(targets)[n % len(targets)]
            h.respond(
                campaign,
                c_esa,
                c_province,
                school,
                targets[school],
                year,
                revision=1 + h.versions.get(f"response-{campaign}-{school}", 0),
            )
            if kind == 3 and n % 4 == 0:
                h.close(campaign, c_esa, c_province, year)
    return h


def shuffled_log(h: History, order: list[int], repeats: list[int]) -> list[Logged]:
    """Streams interleaved in any order, each in its own order, some events delivered twice."""
    by_stream: dict[str, list[Any]] = {}
    for e in h.events:
        by_stream.setdefault(e.subject, []).append(e)
    queues = list(by_stream.values())
    log = []
    i = 0
    while any(queues):
        q = [x for x in queues if x][order[i % len(order)] % len([x for x in queues if x])]
        event = q.pop(0)
        log.append(Logged(int(event.time.timestamp() * 1000), event))
        if repeats and repeats[i % len(repeats)] == 0:
            log.append(log[-1])
        i += 1
    return log


def numbers(section: dict[str, Any]) -> tuple[int, ...]:
    return tuple(section[f] for f in FIGURES)


def total(rows: list[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sum(col) for col in zip(*rows, strict=True)) if rows else (0, 0, 0)


async def check(log: list[Logged], perspective: Perspective, semester: int | None) -> None:
    store = fold_log(projections(), log, perspective, today=date(2026, 12, 1))
    nation = await views.nation_view(store, 2569, semester)
    province_totals = []
    for p in nation["provinces"]:
        province = await views.province_view(store, p["province"], 2569, semester)
        esa_figures = [numbers(e["sections"]["needs"]) for e in province["esas"]]
        for e in province["esas"]:  # the ESA view answers what the breakdown shows
            alone = await needs.section(store, "esa", e["esa"], 2569, semester)
            assert numbers(alone) == numbers(e["sections"]["needs"])
        assert numbers(province["sections"]["needs"]) == total(esa_figures)
        assert numbers(p["sections"]["needs"]) == numbers(province["sections"]["needs"])
        province_totals.append(numbers(province["sections"]["needs"]))
    assert numbers(nation["sections"]["needs"]) == total(province_totals)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    histories(),
    st.lists(st.integers(0, 50), min_size=1, max_size=20),
    st.lists(st.integers(0, 5), max_size=10),
    st.sampled_from(PERSPECTIVES),
    st.sampled_from([None, 1, 2]),
)
def test_provinces_are_the_sum_of_their_esas_and_the_nation_of_its_provinces(
    h: History,
    order: list[int],
    repeats: list[int],
    perspective: Perspective,
    semester: int | None,
) -> None:
    log = shuffled_log(h, order, repeats)
    asyncio.run(check(log, perspective, semester))


def test_every_target_school_counts_once_whatever_the_order_of_delivery() -> None:
    h = History()
    h.province("p0", "จังหวัด")
    h.esa("p0-1", "p0")
    h.cluster("p0-1-c0", "p0-1", "p0")
    for s in ("a1", "a2", "a3"):
        h.school(s, "p0-1", "p0-1-c0", "p0")
    campaign = h.campaign("p0-1", "p0", {s: "p0-1-c0" for s in ("a1", "a2", "a3")})
    h.respond(campaign, "p0-1", "p0", "a1", "p0-1-c0")
    h.respond(campaign, "p0-1", "p0", "a1", "p0-1-c0", revision=2)
    h.respond(campaign, "p0-1", "p0", "a2", "p0-1-c0")
    forwards = shuffled_log(h, [0], [0])
    backwards = shuffled_log(h, [10**6 - 1], [])
    for log in (forwards, backwards):
        store = fold_log(projections(), log, Perspective())
        section = asyncio.run(needs.section(store, "province", "p0", 2569, None))
        assert numbers(section) == (1, 3, 2) and section["rate"] == round(2 / 3, 4)
