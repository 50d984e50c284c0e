"""A lease held by one replica at a time (the relay of a service, a read-model projector).

FerretDB has no atomic compare-and-set between concurrent writers, but a unique `_id` insert is
atomic. So a lease is a series of *terms*: term n is the document `<name>|<n>`. The holder of
the newest term renews it (nobody else writes that document); a replica takes over only when
the newest term has expired, by inserting term n+1, and only one insert of n+1 can succeed.
A holder works only while its term has more than a third of its time left and no newer term
exists, so two holders overlap only if one stalls for longer than that margin.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from kit.clock import Clock, SystemClock
from kit.mongo import AsyncDatabase, DuplicateKeyError, ensure_index


class Lease:
    def __init__(
        self,
        db: AsyncDatabase[dict[str, Any]],
        name: str,
        owner: str,
        ttl_s: float = 10.0,
        clock: Clock | None = None,
    ) -> None:
        self._leases = db["leases"]
        self.name, self.owner = name, owner
        self._ttl = timedelta(seconds=ttl_s)
        self._clock = clock or SystemClock()
        self._term: int | None = None
        self._expires: Any = None

    async def ensure_indexes(self) -> None:
        await ensure_index(self._leases, ["name"])

    async def hold(self) -> bool:
        """True when this replica holds the lease now (acquiring or renewing as needed).

        Within the first third of its own term the holder answers without reading: nobody can
        take a lease over before its term ends. Later it reads and renews, so an idle holder
        costs one read and one write per third of a term, not one per call.
        """
        now = self._clock.now()
        if self._term is not None and self._expires - now > self._ttl * 2 / 3:
            return True
        newest = await self._newest()
        if newest and newest["owner"] == self.owner and newest["term"] == self._term:
            if newest["expires_at"] <= now:
                self._term = None
                return await self.hold()
            if self._expires - now < self._ttl * 2 / 3:
                self._expires = now + self._ttl
                await self._leases.update_one(
                    {"_id": newest["_id"]}, {"$set": {"expires_at": self._expires}}
                )
            return True
        self._term = None
        if newest and newest["expires_at"] > now:
            return False
        return await self._take(0 if newest is None else newest["term"] + 1, now)

    async def release(self) -> None:
        if self._term is not None:
            await self._leases.update_one(
                {"_id": _key(self.name, self._term)},
                {"$set": {"expires_at": self._clock.now()}},
            )
            self._term = None

    async def _newest(self) -> dict[str, Any] | None:
        terms = await self._leases.find({"name": self.name}).to_list(None)
        return max(terms, key=lambda t: t["term"]) if terms else None

    async def _take(self, term: int, now: Any) -> bool:
        expires = now + self._ttl
        doc = {
            "_id": _key(self.name, term),
            "name": self.name,
            "term": term,
            "owner": self.owner,
            "expires_at": expires,
        }
        try:
            await self._leases.insert_one(doc)
        except DuplicateKeyError:
            return False
        if term > 1:  # keep the collection small: terms before the previous one are history
            await self._leases.delete_one({"_id": _key(self.name, term - 2)})
        self._term, self._expires = term, expires
        return True


class AlwaysHeld:
    """The lease of a single-replica setup and of unit tests."""

    async def hold(self) -> bool:
        return True

    async def release(self) -> None:
        return None


def _key(name: str, term: int) -> str:
    return f"{name}|{term:010d}"
