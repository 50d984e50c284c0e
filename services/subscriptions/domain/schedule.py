"""When to try a delivery again, and what an answer means.

The first attempt goes at once; after the n-th failed attempt the n-th wait of the schedule
passes before the next one, with a little random jitter so that many endpoints recovering at
the same moment are not hit in step. A `Retry-After` longer than the wait is honoured (up to
a day). When the schedule is used up the delivery has failed.

Answers: any 2xx is delivered; 410 Gone disables the endpoint; everything else (other 4xx and
5xx, 3xx since redirects are never followed, timeouts, refused targets, network errors) is a
failure to retry.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_RETRY_AFTER_S = 86400.0

DELIVERED, GONE, FAILED = "delivered", "gone", "failed"


@dataclass(frozen=True)
class RetrySchedule:
    waits_s: tuple[float, ...]
    jitter: float = 0.0  # each wait is scaled by a factor in [1 - jitter, 1 + jitter]

    @property
    def attempts(self) -> int:
        return 1 + len(self.waits_s)

    def wait_after(
        self, attempt: int, chance: float = 0.5, retry_after_s: float | None = None
    ) -> float | None:
        """Seconds to wait after failed attempt `attempt` (1-based); None when none is left.

        `chance` is a number in [0, 1) (0.5 means no jitter) so that this stays a pure function.
        """
        if attempt >= self.attempts:
            return None
        wait = self.waits_s[attempt - 1] * (1 + self.jitter * (2 * chance - 1))
        if retry_after_s is not None:
            wait = max(wait, min(retry_after_s, MAX_RETRY_AFTER_S))
        return wait


def outcome_of(status: int | None) -> str:
    """DELIVERED, GONE or FAILED for an HTTP status (None: no answer at all)."""
    if status is not None and 200 <= status <= 299:
        return DELIVERED
    if status == 410:
        return GONE
    return FAILED
