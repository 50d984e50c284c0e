"""Personnel development (training events): one document per ESA and academic year.

`trainings` maps each training the ESA held to its title, day, semester, hours, organiser,
number of participants and, per school code, how many of its staff took part (participants
added later count too). A province's figures are the sum of its ESAs' documents.
"""

from __future__ import annotations

from datetime import date

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import safe_key
from kit.thai import semester

MODEL = "supervision_training"
TYPES = ("supervision.TrainingHeld", "supervision.TrainingParticipantsAdded")


def training_key(esa: str, year: object) -> str:
    return f"training:{esa}:{year}"


class SupervisionTraining:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in TYPES:
            return [training_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[training_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        trainings = doc.setdefault("trainings", {})
        held = trainings.setdefault(safe_key(d["training_id"]), {"participants": 0, "schools": {}})
        if event.type == "supervision.TrainingHeld":
            held.update(
                training_id=d["training_id"],
                title=d["title"],
                held_on=str(d["held_on"]),
                semester=semester(date.fromisoformat(str(d["held_on"]))),
                hours=float(d["hours"]),
                organiser=d.get("organiser", ""),
            )
        for person in d.get("participants", []):
            held["participants"] += 1
            if person.get("school"):
                school = person["school"]
                held["schools"][school] = held["schools"].get(school, 0) + 1
