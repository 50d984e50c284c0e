"""The curriculum service's own read models.

`curriculum_schools`: a tolerant reader of the directory (which schools exist, where, and
which are sandbox pilot schools). `curriculum_cases`: one row per case for the worklists of
schools, ESAs and committees. `curriculum_meetings`: committee meetings with their agendas and
the decisions taken at them (decisions come from the cases' streams, joined when read).
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs


class SchoolsView:
    name = "curriculum_schools"
    sources = ["directory"]
    indexes = [["esa"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in (
            "directory.SchoolRegistered",
            "directory.SchoolMoved",
            "directory.SandboxPilotStatusChanged",
        ):
            return [f"school:{event.data['school']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"school:{d['school']}"]
        if event.type == "directory.SchoolRegistered":
            doc.update(
                school=d["school"],
                name_th=d.get("name_th", ""),
                esa=d["esa"],
                cluster=d["cluster"],
                province=d["province"],
                sandbox_pilot=bool(d.get("sandbox_pilot", False)),
            )
        elif event.type == "directory.SchoolMoved":
            doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
        else:
            doc["sandbox_pilot"] = bool(d["sandbox_pilot"])


class CasesView:
    name = "curriculum_cases"
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "stage"], ["stage"], ["school"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.subject.startswith("case-"):
            return [f"case:{event.data['case_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"case:{d['case_id']}"]
        doc.update(
            case_id=d["case_id"],
            school=d["school"],
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
            curriculum_type=d["curriculum_type"],
            updated_at=event.time.isoformat(),
        )
        if event.type == "curriculum.CurriculumCaseOpened":
            doc.update(title=d["title"], school_name=d["school_name"], cluster=d["cluster"])
            doc.update(opened_at=event.time.isoformat(), submissions=0, document_version=0)
        if "stage" in d and d["stage"] != doc.get("stage"):
            doc.update(stage=d["stage"], stage_since=event.time.isoformat())
        if "document_version" in d:
            doc["document_version"] = max(doc.get("document_version", 0), d["document_version"])
        if "submission_no" in d:
            doc["submissions"] = d["submission_no"]
        if "decision_no" in d:
            doc["last_decision"] = {
                "decision_no": d["decision_no"],
                "committee": d["committee"],
                "outcome": d["outcome"],
                "decided_at": d["decided_at"],
            }


class MeetingsView:
    name = "curriculum_meetings"
    sources = ["curriculum"]
    indexes = [["province", "year"], ["province", "committee"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.subject.startswith("meeting-") or event.data.get("meeting_id"):
            return [f"meeting:{event.data['meeting_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"meeting:{d['meeting_id']}"]
        doc.setdefault("agenda", [])
        doc.setdefault("decisions", {})
        if event.type == "curriculum.CommitteeMeetingScheduled":
            doc.update(
                meeting_id=d["meeting_id"],
                committee=d["committee"],
                province=d["province"],
                year=str(d["academic_year"]),
                meets_on=d["meets_on"],
                title=d["title"],
                number=d.get("number", ""),
                location=d.get("location", ""),
            )
        elif event.type == "curriculum.CaseAddedToAgenda":
            item = {k: d[k] for k in ("item_no", "case_id", "school", "esa", "curriculum_type")}
            doc["agenda"].append(item | {"document_version": d["document_version"]})
        elif "decision_no" in d:
            doc["decisions"].setdefault(d["case_id"], []).append(
                {
                    k: d.get(k)
                    for k in (
                        "decision_no",
                        "outcome",
                        "reason",
                        "document_version",
                        "content_hash",
                        "decided_by",
                        "decider_name",
                        "role",
                        "decided_at",
                    )
                }
            )
