"""A grant: one role at one place of the organisation, and what it covers."""

from __future__ import annotations

from dataclasses import dataclass

from kit.auth.place import Place, esa_province
from kit.auth.roles import Level, Role


@dataclass(frozen=True)
class Grant:
    role: Role
    level: Level
    id: str  # school code, cluster code, ESA code, province code, or "th"
    esa: str = ""  # school and cluster grants: their ESA (when the token was issued)
    province: str = ""  # school, cluster and ESA grants: their province

    @property
    def place(self) -> Place:
        """Where the grant sits in the organisation."""
        match self.level:
            case Level.NATION:
                return Place()
            case Level.PROVINCE:
                return Place(province=self.id)
            case Level.ESA:
                return Place(self.province or esa_province(self.id), self.id)
            case Level.CLUSTER:
                return Place(self.province, self.esa, self.id)
        return Place(self.province, self.esa, school=self.id)

    def covers(self, place: Place) -> bool:
        """`place` is the grant's own or under it."""
        match self.level:
            case Level.NATION:
                return True
            case Level.PROVINCE:
                return place.province_code == self.id
            case Level.ESA:
                return place.esa == self.id
            case Level.CLUSTER:
                return bool(place.cluster) and place.cluster == self.id
            case Level.SCHOOL:
                return bool(place.school) and place.school == self.id
        return False

    def within(self, place: Place) -> bool:
        """The grant's own place is `place` or under it: its holder belongs there."""
        own = self.place
        match place.depth:
            case "nation":
                return True
            case "province":
                return own.province_code == place.province_code
            case "esa":
                return own.esa == place.esa
            case "cluster":
                return own.cluster == place.cluster
        return own.school == place.school

    def covers_esa(self, esa: str) -> bool:
        """Reaches the ESA's paths: as a whole, or (a school) for its own school there."""
        match self.level:
            case Level.SCHOOL:
                return self.esa == esa
            case Level.CLUSTER:
                return False  # its cluster's schools only, never the ESA as a whole
        return self.covers(Place.of_esa(esa))

    def covers_province(self, province: str) -> bool:
        return self.level is Level.NATION or (self.level is Level.PROVINCE and self.id == province)

    def covers_school(self, school: str, esa: str, cluster: str = "") -> bool:
        match self.level:
            case Level.SCHOOL:
                return self.id == school
            case Level.CLUSTER:
                return bool(cluster) and cluster == self.id
        return self.covers_esa(esa)

    def to_claim(self) -> dict[str, str]:
        claim = {"role": self.role.value, "level": self.level.value, "id": self.id}
        if self.esa:
            claim["esa"] = self.esa
        if self.province:
            claim["province"] = self.province
        return claim

    @classmethod
    def from_claim(cls, claim: dict[str, str]) -> Grant:
        return cls(
            role=Role(claim["role"]),
            level=Level(claim["level"]),
            id=claim["id"],
            esa=claim.get("esa", ""),
            province=claim.get("province", ""),
        )
