"""What commands read besides their own streams, as this service's read models know it.

`Directory`: the organisation as the directory's events told this service (a school's ESA,
cluster and province). `Records`: facts of the service's own read models that a command takes
as they stand (a snapshot). Both are eventual, and docs/supervision.md says why that is right
for each command that uses them. The adapters implement them over the read models.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kit.auth.place import Place


@dataclass(frozen=True)
class SchoolPlace:
    school: str
    cluster: str
    esa: str
    province: str

    def facts(self) -> dict[str, str]:
        """What events about the school carry."""
        return {
            "school": self.school,
            "cluster": self.cluster,
            "esa": self.esa,
            "province": self.province,
        }

    @property
    def place(self) -> Place:
        return Place.of_school(self.school, self.esa, self.cluster)


@dataclass(frozen=True)
class OpenItem:
    esa: str
    province: str
    visit_id: str
    item_id: str
    due_on: date


@dataclass(frozen=True)
class EsaSynthesisFact:
    esa: str
    schools_accepted: int


@dataclass(frozen=True)
class PartnershipFact:
    record_id: str
    sector: str
    schools: tuple[str, ...]


class Directory(Protocol):
    async def school(self, code: str) -> SchoolPlace | None: ...

    async def schools_of_esa(self, esa: str, cluster: str | None = None) -> list[SchoolPlace]: ...

    async def schools_of_province(self, province: str) -> list[SchoolPlace]: ...

    async def knows_esa(self, esa: str) -> bool: ...

    async def knows_province(self, province: str) -> bool: ...


class Records(Protocol):
    async def accepted_sars(self, esa: str, year: int) -> list[str]: ...

    async def esa_syntheses(self, province: str, year: int) -> list[EsaSynthesisFact]: ...

    async def partnerships(self, esa: str, year: int) -> list[PartnershipFact]: ...

    async def open_items(self) -> list[OpenItem]: ...
