"""Competency-based practice at the three levels: the provincial coaching team, teachers'
lesson plans, exchange forums, teachers' class assessments and pilot schools' records under
the sandbox laws (seed 003 items 3 to 5 and its legal bases). Scope checks are the routes'.

Documents are per plan, forum, class record, school-year, or (coaching) per province and year.
A province's and the nation's figures are read from the same documents as their ESAs', so
they add up, except coaches: a coach who works with schools of two ESAs counts in each ESA
and once in the province. `semester` (optional) narrows forums and class records.
"""

from __future__ import annotations

from typing import Any

from kit.auth.place import esa_province
from services.reporting.application import curriculum_practice_figures as fig
from services.reporting.application.curriculum_figures import group
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.projections.curriculum_class_assessments import MODEL as CLASSES
from services.reporting.projections.curriculum_coaching import MODEL as COACHING
from services.reporting.projections.curriculum_forums import MODEL as FORUMS
from services.reporting.projections.curriculum_lesson_plans import MODEL as PLANS
from services.reporting.projections.curriculum_sandbox_records import MODEL as SANDBOX

Docs = dict[str, list[dict[str, Any]]]
HEADLINE = (
    "coaching_teams",
    "coaches",
    "schools_coached",
    "lesson_plans",
    "lesson_plans_with_feedback",
    "lesson_plans_ready",
    "exchange_forums",
    "forum_participants",
    "class_assessments",
    "assessment_tools",
    "learning_products",
    "donations_baht",
    "innovation_subsidy_baht",
    "learning_materials_baht",
    "credit_transfers_in",
    "credit_transfers_out",
)


async def _read(store: Any, where: dict[str, str], year: int, semester: int | None) -> Docs:
    flt = where | {"year": str(year)}
    team_flt = {"province": esa_province(where["esa"])} if "esa" in where else dict(where)
    docs = {
        "teams": await store.find(COACHING, team_flt | {"year": str(year)}),
        "plans": await store.find(PLANS, flt),
        "forums": await store.find(FORUMS, flt),
        "classes": await store.find(CLASSES, flt),
        "sandbox": await store.find(SANDBOX, flt),
    }
    if semester:
        for name in ("forums", "classes"):
            docs[name] = [d for d in docs[name] if d.get("semester") == str(semester)]
    return docs


def figures(docs: Docs, esa: str | None = None) -> dict[str, Any]:
    """Every practice figure of one unit (an ESA when `esa` is given)."""
    return {
        **fig.coaching(docs["teams"], esa),
        **fig.lesson_plans(docs["plans"]),
        **fig.forums(docs["forums"]),
        **fig.class_assessments(docs["classes"]),
        **fig.sandbox_records(docs["sandbox"]),
    }


def headline(docs: Docs, esa: str | None = None) -> dict[str, Any]:
    found = figures(docs, esa)
    return {k: found[k] for k in HEADLINE}


def _split(docs: Docs, key: str, names: list[str]) -> dict[str, Docs]:
    """The documents of each unit below (by `key`: esa or province). A province's coaching
    team serves each of its ESAs (an ESA's share of it is read with the ESA's code)."""
    parts: dict[str, Docs] = {n: {} for n in names}
    for name, found in docs.items():
        if name == "teams" and key == "esa":
            for part in parts.values():
                part[name] = found
            continue
        for unit, unit_docs in group(found, key, names).items():
            parts.setdefault(unit, {})[name] = unit_docs
    return {u: {n: part.get(n, []) for n in docs} for u, part in parts.items()}


async def practice(
    store: Any, level: str, code: str, year: int, semester: int | None = None
) -> dict[str, Any]:
    """The figures of an ESA, a province (with `esas`) or the nation (with `provinces`)."""
    where = {"esa": {"esa": code}, "province": {"province": code}}.get(level, {})
    docs = await _read(store, where, year, semester)
    answer = {"level": level, "code": code, "year": year, "semester": semester}
    if level == "esa":
        return answer | figures(docs, code)
    if level == "province":
        names = [e["esa"] for e in await esas_of(store, code)]
        rows = [{"esa": e, **headline(d, e)} for e, d in _split(docs, "esa", names).items()]
        return answer | figures(docs) | {"esas": rows}
    names = [p["province"] for p in await provinces(store)]
    rows = [{"province": p, **headline(d)} for p, d in _split(docs, "province", names).items()]
    return answer | figures(docs) | {"provinces": rows}
