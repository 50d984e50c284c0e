"""A school's facts under the organisation of then or of now, when it moves between clusters/ESAs."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from typing import Any

from services.reporting.application import needs
from services.reporting.application.attribution import Placements
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.projections.catalogue import projections
from tests.support.histories import History

SCHOOLS = {"s1": "loei-3-a", "s2": "loei-3-a", "s3": "loei-3-b"}


def organisation() -> History:
    h = History()
    h.province("loei", "เลย")
    for esa, clusters in (("loei-1", ["loei-1-a"]), ("loei-3", ["loei-3-a", "loei-3-b"])):
        h.esa(esa, "loei")
        for c in clusters:
            h.cluster(c, esa, "loei")
    for school, cluster in SCHOOLS.items():
        h.school(school, "loei-3", cluster, "loei")
    return h


def survey(h: History) -> None:
    campaign = h.campaign("loei-3", "loei", SCHOOLS)
    for school in ("s1", "s3"):
        h.respond(campaign, "loei-3", "loei", school, SCHOOLS[school])


def log_of(h: History) -> list[Logged]:
    return [Logged(int(e.time.timestamp() * 1000), e) for e in h.events]


def figures(h: History, organisation: str, level: str, code: str) -> dict[str, Any]:
    store = fold_log(
        projections(), log_of(h), Perspective(organisation=organisation), date(2027, 1, 1)
    )  # type: ignore[arg-type]
    return asyncio.run(needs.section(store, level, code, 2569, None))


def test_a_school_moved_to_another_esa_counts_where_it_was_then_or_where_it_is_now() -> None:
    h = organisation()
    survey(h)  # s1 answered for loei-3, then moved to loei-1 from a later day
    h.move(
        "s1", "loei-3", ("loei-3", "loei-3-a"), ("loei-1", "loei-1-a"), "loei", date(2026, 11, 1)
    )
    for organisation_ in ("recorded", "then"):
        loei3 = figures(h, organisation_, "esa", "loei-3")
        assert (loei3["targets"], loei3["responded"]) == (3, 2)
        assert (figures(h, organisation_, "esa", "loei-1")["targets"]) == 0
    now3, now1 = figures(h, "now", "esa", "loei-3"), figures(h, "now", "esa", "loei-1")
    assert (now3["targets"], now3["responded"], now3["campaigns"]) == (2, 1, 1)
    assert (now1["targets"], now1["responded"], now1["campaigns"]) == (1, 1, 0)
    assert now1["by_cluster"] == [
        {
            "cluster": "loei-1-a",
            "name_th": "กลุ่ม loei-1-a",
            "targets": 1,
            "responded": 1,
            "rate": 1.0,
        }
    ]
    province = figures(h, "now", "province", "loei")
    assert (province["targets"], province["responded"]) == (3, 2)


def test_a_move_recorded_late_with_an_earlier_effective_date_changes_only_the_view_of_then() -> (
    None
):
    h = organisation()
    h.clock = datetime(2026, 7, 1, 3, 0, tzinfo=UTC)
    survey(h)  # recorded under loei-3-a, but s1 had moved to loei-3-b from June
    h.move("s1", "loei-3", ("loei-3", "loei-3-a"), ("loei-3", "loei-3-b"), "loei", date(2026, 6, 1))
    recorded = {
        c["cluster"]: c["targets"] for c in figures(h, "recorded", "esa", "loei-3")["by_cluster"]
    }
    then = {c["cluster"]: c["targets"] for c in figures(h, "then", "esa", "loei-3")["by_cluster"]}
    assert recorded == {"loei-3-a": 2, "loei-3-b": 1}
    assert then == {"loei-3-a": 1, "loei-3-b": 2}


def test_a_placement_is_the_one_in_force_on_the_day() -> None:
    h = organisation()
    h.move("s2", "loei-3", ("loei-3", "loei-3-a"), ("loei-3", "loei-3-b"), "loei", date(2026, 8, 1))
    h.move("s2", "loei-3", ("loei-3", "loei-3-b"), ("loei-1", "loei-1-a"), "loei", date(2027, 1, 1))
    placements = Placements(h.events)
    assert placements.at("s2", date(2026, 7, 31)).cluster == "loei-3-a"  # type: ignore[union-attr]
    assert placements.at("s2", date(2026, 8, 1)).cluster == "loei-3-b"  # type: ignore[union-attr]
    assert placements.at("s2", date(2027, 2, 1)).esa == "loei-1"  # type: ignore[union-attr]
    assert placements.at("s2", date(2020, 1, 1)).cluster == "loei-3-a"  # type: ignore[union-attr]
    assert placements.at("unknown", date(2026, 8, 1)) is None
