"""What a part of the year-end report is built for: the office (level and code), the academic
year and semester, the moment the report is measured at, and the Thai names of every
province, ESA, cluster and school it may mention (reports print names, never codes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kit.auth.principal import esa_province
from services.reporting.application import organisation as org
from services.reporting.application.attribution import BANGKOK
from services.reporting.application.yearend import Kind, Table, columns
from services.reporting.application.yearend_labels import UNIT_TH
from services.reporting.projections.supervision_coverage import MODEL as COVERAGE

BELOW = {"province": "esa", "nation": "province"}
Spec = tuple[str, Kind, Callable[[dict[str, Any]], Any]]  # a column: label, kind, value of a row


@dataclass(frozen=True)
class Names:
    provinces: dict[str, str]
    esas: dict[str, str]  # short names (สพป.เลย เขต 3)
    esas_full: dict[str, str]
    esa_province: dict[str, str]
    clusters: dict[str, str]
    schools: dict[str, str]

    def province(self, code: str) -> str:
        return self.provinces.get(code, code)

    def esa(self, code: str) -> str:
        return self.esas.get(code, code)

    def cluster(self, code: str) -> str:
        return self.clusters.get(code, code)

    def school(self, code: str) -> str:
        return self.schools.get(code, "")

    def unit(self, level: str, code: str) -> str:
        """An ESA's or a province's name, for breakdown rows."""
        return self.esa(code) if level == "esa" else self.province(code)


async def load_names(store: Any, level: str, code: str) -> Names:
    provinces = await store.find(org.MODEL, {"kind": "province"})
    esas = await store.find(org.MODEL, {"kind": "esa"})
    clusters = await store.find(org.MODEL, {"kind": "cluster"})
    province = code if level == "province" else esa_province(code) if level == "esa" else None
    where = {"province": province} if province else {}
    schools = await store.find(COVERAGE, {"kind": "school", **where})
    return Names(
        provinces={p["province"]: p.get("name_th", p["province"]) for p in provinces},
        esas={e["esa"]: e.get("short_th") or e.get("name_th", e["esa"]) for e in esas},
        esas_full={e["esa"]: e.get("name_th", e["esa"]) for e in esas},
        esa_province={e["esa"]: e["province"] for e in esas},
        clusters={c["cluster"]: c.get("name_th", c["cluster"]) for c in clusters},
        schools={s["school"]: s.get("name_th", "") for s in schools},
    )


@dataclass(frozen=True)
class Scope:
    store: Any
    level: str  # esa | province | nation
    code: str  # the ESA's or province's code, "th" for the nation
    year: int
    semester: int | None
    moment: datetime  # overdue and "in the last 30 days" are measured at this moment
    names: Names

    @property
    def today(self) -> date:
        return self.moment.astimezone(BANGKOK).date()

    @property
    def below(self) -> str | None:
        """What the office breaks down into: a province into ESAs, the nation into provinces."""
        return BELOW.get(self.level)

    def children(self) -> list[str]:
        if self.level == "province":
            return sorted(e for e, p in self.names.esa_province.items() if p == self.code)
        if self.level == "nation":
            return sorted(self.names.provinces)
        return []

    def child(self, code: str) -> Scope:
        return replace(self, level=self.below or self.level, code=code)

    def office(self) -> str:
        """The office's Thai name as the report's header prints it."""
        if self.level == "esa":
            return self.names.esas_full.get(self.code, self.names.esa(self.code))
        if self.level == "province":
            return f"จังหวัด{self.names.province(self.code)}"
        return "ประเทศไทย"


def breakdown(
    scope: Scope,
    title: str,
    rows: list[dict[str, Any]],
    spec: list[Spec],
) -> list[Table]:
    """The figures per ESA of a province (per province of the nation), by name; none for an ESA."""
    key = scope.below
    if key is None:
        return []
    unit = UNIT_TH[key]
    return [
        Table(
            f"{title} แยกตาม{unit}",
            columns((unit, "text"), *[(label, kind) for label, kind, _ in spec]),
            [[scope.names.unit(key, r[key]), *[get(r) for _, _, get in spec]] for r in rows],
        )
    ]
