"""Which people and grants an administrator sees: those at places they administer.

People and grants are not public (docs/directory.md). A person is shown to an admin who
administers their home ESA or a place one of their roles is granted at, with those grants
only (the national admin sees all). Outside the caller's scope a person is 404; within it
(the caller belongs to one of those places) without the admin role, 403.
"""

from __future__ import annotations

from typing import Any

from kit.auth.principal import Level, Place, Principal
from kit.errors import Forbidden, NotFound
from kit.readmodel.docs import public
from services.directory.application.access import ADMINS
from services.directory.bootstrap import Directory

Unit = tuple[str, str]  # (level, scope)


async def place_of(d: Directory, level: str, scope: str) -> Place | None:
    """Where a unit is now (None: no such unit)."""
    if level == Level.NATION:
        return Place() if scope == "th" else None
    if level == Level.PROVINCE:
        return Place.of_province(scope) if await d.views.get(f"province:{scope}") else None
    if level == Level.ESA:
        return Place.of_esa(scope) if await d.views.get(f"esa:{scope}") else None
    doc = await d.views.get(f"{level}:{scope}")
    if doc is None:
        return None
    if level == Level.CLUSTER:
        return Place.of_cluster(scope, doc["esa"])
    return Place.of_school(scope, doc["esa"], doc["cluster"])


async def shown_person(d: Directory, who: Principal, doc: dict[str, Any]) -> dict[str, Any]:
    """The person with the grants `who` administers; 404 or 403 as the scope says."""
    places = [(g, await place_of(d, g["level"], g["scope"])) for g in doc.get("grants", [])]
    home = Place.of_esa(doc["esa"]) if doc.get("esa") else Place()  # national: no home ESA
    shown = [g for g, p in places if p is not None and who.covers(p, ADMINS)]
    if shown or who.covers(home, ADMINS):
        return public(doc) | {"grants": shown}
    belongs = [p for _, p in places if p is not None] + ([home] if doc.get("esa") else [])
    if any(who.sees(p) for p in belongs):
        raise Forbidden()
    raise NotFound()


async def units_of_esa(d: Directory, esa: str) -> set[Unit]:
    """The ESA itself and its clusters and schools as placed now."""
    clusters = await d.views.find({"kind": "cluster", "esa": esa})
    schools = await d.views.find({"kind": "school", "esa": esa})
    return (
        {("esa", esa)}
        | {("cluster", c["cluster"]) for c in clusters}
        | {("school", s["school"]) for s in schools}
    )


async def people_of_esa(d: Directory, esa: str) -> list[dict[str, Any]]:
    """Everyone registered by the ESA or holding a role at it or under it, with those roles."""
    units = await units_of_esa(d, esa)
    held = await d.views.find({"_id": {"$in": sorted(f"grants:{lv}:{sc}" for lv, sc in units)}})
    holders = sorted({h["person"] for doc in held for h in doc.get("holders", [])})
    people = await d.views.find({"kind": "person", "person": {"$in": holders}}) if holders else []
    people += [
        p for p in await d.views.find({"kind": "person", "esa": esa}) if p["person"] not in holders
    ]
    out = []
    for doc in sorted(people, key=lambda p: p["person"]):
        grants = [g for g in doc.get("grants", []) if (g["level"], g["scope"]) in units]
        out.append(public(doc) | {"grants": grants})
    return out
