"""A place in the organisation: nation → province → ESA → school cluster → school.

A `Place` names a unit by the codes of the units above it, as far down as it goes: the nation
is `Place()`, Loei ESA 3 is `Place("loei", "loei-3")`, a school of its Na Haeo cluster is
`Place("loei", "loei-3", "loei-3-nahaeo", "1042060101")`. A service that knows a school's
cluster asks the principal once, with the whole place, whether the caller covers it.
"""

from __future__ import annotations

from dataclasses import dataclass

NATION = "th"


def esa_province(esa: str) -> str:
    """The province code an ESA code begins with (`loei-3` -> `loei`)."""
    province, sep, _ = esa.rpartition("-")
    return province if sep else esa


@dataclass(frozen=True)
class Place:
    province: str = ""
    esa: str = ""
    cluster: str = ""
    school: str = ""

    @classmethod
    def of_province(cls, province: str) -> Place:
        return cls(province=province)

    @classmethod
    def of_esa(cls, esa: str) -> Place:
        return cls(esa_province(esa), esa)

    @classmethod
    def of_cluster(cls, cluster: str, esa: str) -> Place:
        return cls(esa_province(esa), esa, cluster)

    @classmethod
    def of_school(cls, school: str, esa: str, cluster: str = "") -> Place:
        return cls(esa_province(esa) if esa else "", esa, cluster, school)

    @property
    def province_code(self) -> str:
        return self.province or (esa_province(self.esa) if self.esa else "")

    @property
    def depth(self) -> str:
        """The level this place names: the finest of its codes."""
        for level, code in (
            ("school", self.school),
            ("cluster", self.cluster),
            ("esa", self.esa),
            ("province", self.province_code),
        ):
            if code:
                return level
        return "nation"
