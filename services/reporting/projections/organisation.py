"""The organisation as reporting needs it: provinces and their ESAs (from directory events)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs


class Organisation:
    name = "reporting_organisation"
    sources = ["directory"]
    indexes = [["kind", "province"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == "directory.ProvinceRegistered":
            return [f"province:{event.data['province']}"]
        if event.type == "directory.EsaRegistered":
            return [f"esa:{event.data['esa']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        if event.type == "directory.ProvinceRegistered":
            docs[f"province:{d['province']}"].update(
                kind="province", province=d["province"], name_th=d["name_th"], name_en=d["name_en"]
            )
        else:
            docs[f"esa:{d['esa']}"].update(
                kind="esa",
                esa=d["esa"],
                province=d["province"],
                name_th=d["name_th"],
                name_en=d["name_en"],
                short_th=d.get("short_th", d["name_th"]),
            )
