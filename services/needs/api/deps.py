"""What every needs route shares: the wired service and the parameters of paths and queries."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request

from services.needs.bootstrap import Needs

Esa = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,40}$", description="ESA code, e.g. loei-3")]
Id = Annotated[str, Path(pattern=r"^[0-9A-Za-z-]{1,64}$")]
SchoolCode = Annotated[str, Path(pattern=r"^[0-9]{10}$", description="OBEC school code")]
Year = Annotated[
    int | None, Query(ge=2500, le=2700, description="Academic year in B.E., e.g. 2569")
]
SchoolFilter = Annotated[str | None, Query(pattern=r"^[0-9]{10}$", description="OBEC school code")]


def needs(request: Request) -> Needs:
    return request.app.state.needs  # type: ignore[no-any-return]


NeedsDep = Annotated[Needs, Depends(needs)]
