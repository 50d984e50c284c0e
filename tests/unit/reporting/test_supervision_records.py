"""Training, cooperation with partners (form 7) and dissemination (form 8), folded from the
supervision service's events: figures per ESA, a province the sum of its ESAs and the nation
of its provinces, a semester by the record's own day, each record counted once."""

from __future__ import annotations

import pytest

from kit.readmodel.projector import fold
from services.reporting.application.dissemination import dissemination
from services.reporting.application.partnerships import partnerships
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.application.querying import MemoryStore
from services.reporting.application.supervision_section import section
from services.reporting.application.training import training
from services.reporting.application.views import view
from services.reporting.projections.catalogue import projections
from tests.support.esa_records import A, B, records_history

FIGURES = {
    "training": ("trainings", "hours", "participants", "schools_reached"),
    "partnerships": ("partnerships", "partners", "schools_supported"),
    "dissemination": ("records", "reach"),
}
QUERIES = {"training": training, "partnerships": partnerships, "dissemination": dissemination}


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    events = records_history().events
    return fold_log(projections(), [Logged(0, e) for e in events], Perspective())


async def test_an_esa_counts_its_trainings_hours_participants_and_schools_reached(
    store: MemoryStore,
) -> None:
    year = await training(store, "esa", "loei-3", 2569)
    assert (year["trainings"], year["hours"], year["participants"]) == (2, 9.0, 6)
    assert year["schools_reached"] == 3  # A, B and C (added later); A twice counts once
    assert [t["title"] for t in year["trainings_held"]] == [
        "อบรมการผลิตสื่อดิจิทัล",
        "อบรมการวัดผลฐานสมรรถนะ",
    ]
    assert year["trainings_held"][0]["participants"] == 5  # four, then one added
    first_term = await training(store, "esa", "loei-3", 2569, semester=1)
    assert (first_term["trainings"], first_term["hours"], first_term["schools_reached"]) == (
        1,
        6.0,
        3,
    )


async def test_cooperations_count_per_sector_and_each_school_once(store: MemoryStore) -> None:
    esa = await partnerships(store, "esa", "loei-3", 2569)
    assert (esa["partnerships"], esa["partners"], esa["schools_supported"]) == (2, 2, 2)
    sectors = {r["sector"]: (r["partnerships"], r["schools"]) for r in esa["by_sector"]}
    assert sectors == {"public": (1, 2), "private": (1, 1), "community": (0, 0), "academic": (0, 0)}
    assert [c["sector_th"] for c in esa["cooperations"]] == ["ภาครัฐ", "ภาคเอกชน"]
    second_term = await partnerships(store, "province", "loei", 2569, semester=2)
    assert second_term["partnerships"] == 1  # the community cooperation began in November


async def test_dissemination_counts_records_and_reach_per_channel(store: MemoryStore) -> None:
    esa = await dissemination(store, "esa", "loei-3", 2569)
    assert (esa["records"], esa["reach"]) == (2, 1500)
    channels = {r["channel"]: r["reach"] for r in esa["by_channel"] if r["records"]}
    assert channels == {"website": 300, "social_media": 1200}
    assert esa["published"][0]["channel_th"] == "เว็บไซต์"


@pytest.mark.parametrize("name", list(FIGURES))
async def test_a_province_is_the_sum_of_its_esas_and_the_nation_of_its_provinces(
    name: str, store: MemoryStore
) -> None:
    query = QUERIES[name]
    province = await query(store, "province", "loei", 2569)
    assert [e["esa"] for e in province["esas"]] == ["loei-1", "loei-2", "loei-3"]
    nation = await query(store, "nation", "th", 2569)
    assert [p["province"] for p in nation["provinces"]] == ["loei", "rayong"]
    for figure in FIGURES[name]:
        esas = [(await query(store, "esa", e["esa"], 2569))[figure] for e in province["esas"]]
        assert province[figure] == sum(esas) == sum(e[figure] for e in province["esas"])
        assert nation[figure] == province[figure] == nation["provinces"][0][figure]


def test_a_record_delivered_twice_counts_once() -> None:
    events = records_history().events
    for projection in projections():
        if projection.name.startswith("supervision_"):
            assert fold(projection, events + events[-6:]).docs == fold(projection, events).docs


async def test_the_supervision_section_and_the_school_view_show_the_records(
    store: MemoryStore,
) -> None:
    loei = await section(store, "province", "loei", 2569, None)
    assert loei["figures"]["training.trainings"] == 3
    assert loei["figures"]["training.hours"] == 11.5
    assert loei["figures"]["partnerships.schools_supported"] == 3
    assert loei["figures"]["dissemination.reach"] == 1550
    rows = {r["หน่วยงาน"]: r["การอบรม"] for r in loei["breakdown"]}
    assert rows == {"loei-1": 1, "loei-2": 0, "loei-3": 2}
    school_a = (await view(store, "school", A, 2569, None))["sections"]["supervision"]
    assert (school_a["trainings_attended"], school_a["staff_trained"]) == (2, 3)
    assert school_a["partners"] == ["องค์การบริหารส่วนจังหวัดเลย"]
    school_b = (await view(store, "school", B, 2569, None))["sections"]["supervision"]
    assert (school_b["trainings_attended"], school_b["partner_cooperations"]) == (1, 2)
