"""Provincial coaching teams: one document per province and academic year (a team belongs to
its province), with each coach's role, whether they are still on the team, and the pilot
schools they work with (each with its ESA, so an ESA's share of the team is read from it)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_coaching"


class CurriculumCoaching:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("coaching-"):
            d = event.data
            return [f"team:{d['province']}:{d['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"team:{d['province']}:{d['academic_year']}"]
        doc.update(province=d["province"], year=str(d["academic_year"]))
        coaches = doc.setdefault("coaches", {})
        if event.type == "curriculum.CoachingTeamAppointed":
            doc.update(order_no=d["order_no"], appointed_on=d["appointed_on"])
            return
        coach = coaches.setdefault(str(d["coach_no"]), {"active": True, "schools": {}})
        if event.type == "curriculum.CoachAppointed":
            coach["team_role"] = d["team_role"]
        elif event.type == "curriculum.CoachReleased":
            coach.update(active=False, schools={})
        elif event.type == "curriculum.CoachSchoolsAssigned":
            coach["schools"] = {s["school"]: s["esa"] for s in d["schools"]}
