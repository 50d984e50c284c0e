"""Template documents: every published version with its questions, latest first in `latest`."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {"needs.SurveyTemplateVersionPublished"}


def keys(event: CloudEvent) -> list[str]:
    return [f"template:{event.data['template_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[f"template:{d['template_id']}"]
    version = {
        k: d.get(k)
        for k in ("version", "title_th", "title_en", "description_th", "questions", "published_on")
    }
    versions = doc.setdefault("versions", [])
    versions.append(version)
    versions.sort(key=lambda v: v["version"])
    doc.update(
        record="template",
        template_id=d["template_id"],
        esa=d["esa"],
        province=d["province"],
        title_th=versions[-1]["title_th"],
        latest_version=versions[-1]["version"],
        questions=len(versions[-1]["questions"]),
        created_on=versions[0]["published_on"],
    )
