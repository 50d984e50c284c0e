"""A national-size organisation: 77 provinces, 245 ESAs, about 29,000 schools in clusters.

Codes follow the project's conventions (an ESA code begins with its province code and a
dash; ten-digit school codes); names are generated Thai labels, not real offices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

MOVES_ON = date(2025, 6, 1)  # academic year 2568: about 1% of schools change cluster or ESA


@dataclass(frozen=True)
class School:
    code: str
    esa: str
    cluster: str
    province: str


@dataclass
class World:
    provinces: list[str] = field(default_factory=list)
    esas: dict[str, str] = field(default_factory=dict)  # esa -> province
    clusters: dict[str, str] = field(default_factory=dict)  # cluster -> esa
    schools: list[School] = field(default_factory=list)
    moved: dict[str, School] = field(default_factory=dict)  # school code -> placement after

    def placed(self, day: date) -> dict[str, list[School]]:
        """Every ESA's schools (with their clusters) on a day."""
        by_esa: dict[str, list[School]] = {e: [] for e in self.esas}
        for school in self.schools:
            now = self.moved.get(school.code, school) if day >= MOVES_ON else school
            by_esa[now.esa].append(now)
        return by_esa


def national(
    rng: random.Random, provinces: int = 77, esas: int = 245, schools: int = 29_000
) -> World:
    world = World(provinces=[f"p{n:02d}" for n in range(1, provinces + 1)])
    for n in range(esas):  # round robin: every province gets three, some four
        province = world.provinces[n % provinces]
        world.esas[f"{province}-{n // provinces + 1}"] = province
    esa_codes = sorted(world.esas)
    per_esa = schools // len(esa_codes)
    extra = schools - per_esa * len(esa_codes)
    serial = 0
    for i, esa in enumerate(esa_codes):
        count = per_esa + (1 if i < extra else 0)
        clusters = [f"{esa}-c{c:02d}" for c in range(max(1, count // 12))]
        for cluster in clusters:
            world.clusters[cluster] = esa
        for _ in range(count):
            serial += 1
            world.schools.append(
                School(f"10{serial:08d}", esa, rng.choice(clusters), world.esas[esa])
            )
    for school in rng.sample(world.schools, len(world.schools) // 100):
        neighbours = [e for e, p in world.esas.items() if p == school.province]
        esa = rng.choice(neighbours)
        cluster = rng.choice([c for c, e in world.clusters.items() if e == esa])
        world.moved[school.code] = School(school.code, esa, cluster, school.province)
    return world
