"""The application's ports (Directory, Records) answered from the service's read models."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from services.supervision.adapters.projections import records, schools, visits
from services.supervision.application.ports import (
    EsaSynthesisFact,
    OpenItem,
    PartnershipFact,
    SchoolPlace,
)


class Views(Protocol):
    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]: ...

    async def get(self, model: str, key: str) -> dict[str, Any] | None: ...


def _place(doc: dict[str, Any]) -> SchoolPlace:
    return SchoolPlace(doc["school"], doc.get("cluster", ""), doc["esa"], doc["province"])


class ReadModelLookups:
    """Directory and Records over `supervision_schools`, `_records` and `_visits`."""

    def __init__(self, views: Views) -> None:
        self.views = views

    async def school(self, code: str) -> SchoolPlace | None:
        doc = await self.views.get(schools.MODEL, f"school:{code}")
        return _place(doc) if doc and doc.get("kind") == "school" else None

    async def schools_of_esa(self, esa: str, cluster: str | None = None) -> list[SchoolPlace]:
        flt = {"kind": "school", "esa": esa} | ({"cluster": cluster} if cluster else {})
        return [_place(d) for d in await self.views.find(schools.MODEL, flt)]

    async def schools_of_province(self, province: str) -> list[SchoolPlace]:
        flt = {"kind": "school", "province": province}
        return [_place(d) for d in await self.views.find(schools.MODEL, flt)]

    async def knows_esa(self, esa: str) -> bool:
        return await self.views.get(schools.MODEL, f"esa:{esa}") is not None

    async def knows_province(self, province: str) -> bool:
        return await self.views.get(schools.MODEL, f"province:{province}") is not None

    async def accepted_sars(self, esa: str, year: int) -> list[str]:
        flt = {"kind": "sar", "esa": esa, "year": str(year)}
        docs = await self.views.find(records.MODEL, flt)
        return sorted(d["school"] for d in docs if d.get("status") == "accepted")

    async def esa_syntheses(self, province: str, year: int) -> list[EsaSynthesisFact]:
        flt = {"kind": "synthesis", "province": province, "year": str(year)}
        docs = await self.views.find(records.MODEL, flt)
        found = (EsaSynthesisFact(d["esa"], len(d.get("schools_accepted", []))) for d in docs)
        return sorted(found, key=lambda s: s.esa)

    async def partnerships(self, esa: str, year: int) -> list[PartnershipFact]:
        flt = {"kind": "partnership", "esa": esa, "year": str(year)}
        docs = await self.views.find(records.MODEL, flt)
        found = (PartnershipFact(d["record_id"], d["sector"], tuple(d["schools"])) for d in docs)
        return sorted(found, key=lambda p: p.record_id)

    async def open_items(self) -> list[OpenItem]:
        docs = await self.views.find(visits.MODEL, {"kind": "item", "status": "open"})
        return [
            OpenItem(
                d["esa"],
                d["province"],
                d["visit_id"],
                d["item_id"],
                date.fromisoformat(d["due_on"]),
            )
            for d in docs
        ]
