"""Rate limits: per-user quotas on the expensive endpoints (asking, own SQL, uploading) and the
login throttle.

The `limits` library's moving window, stored where the cache lives (Redis in production, so the
limit holds across workers and Lambda instances; this process when embedded). Taking a slot is
one atomic step (a Lua script on Redis, a lock in process): 20 concurrent requests against a
limit of 5 let exactly 5 through. If Redis is unreachable the limit is not enforced: an outage
of the limiter must not become an outage of the product.
"""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING, Literal

from shared.errors import TooManyRequests
from shared.settings import cached_factory, get_settings
from shared.storage.cache import CacheUnavailable, get_cache

if TYPE_CHECKING:
    from limits import RateLimitItem
    from limits.strategies import MovingWindowRateLimiter

QuotaKind = Literal["ask", "upload", "query"]
log = logging.getLogger("chatbi.ratelimit")


class LimiterUnavailable(Exception):
    """The limiter's storage (Redis) did not answer."""


@cached_factory
def rate_limiter() -> MovingWindowRateLimiter:
    from limits.strategies import MovingWindowRateLimiter  # lazy: heavy (limits)

    return MovingWindowRateLimiter(get_cache().rate_limit_storage())


def _item(limit: int, window_s: int) -> RateLimitItem:
    from limits import RateLimitItemPerSecond  # lazy: heavy (limits)

    return RateLimitItemPerSecond(limit, window_s)


def take(key: str, limit: int, window_s: int) -> tuple[bool, int]:
    """Take one of `limit` slots per `window_s` for `key`, atomically: (allowed, retry_after_s).

    A refused request takes no slot. Raises LimiterUnavailable when the storage is down.
    """
    from limits.errors import StorageError  # lazy: heavy (limits)

    item = _item(limit, window_s)
    try:
        if rate_limiter().hit(item, key):
            return True, 0
        reset_at = rate_limiter().get_window_stats(item, key).reset_time
    except (StorageError, CacheUnavailable) as exc:
        raise LimiterUnavailable(str(exc)) from exc
    return False, max(1, math.ceil(reset_at - time.time()))


def reset(key: str, limit: int, window_s: int) -> None:
    """Forget `key`'s window (a successful login clears its failures)."""
    from limits.errors import StorageError  # lazy: heavy (limits)

    try:
        rate_limiter().clear(_item(limit, window_s), key)
    except (StorageError, CacheUnavailable) as exc:
        raise LimiterUnavailable(str(exc)) from exc


def quota_for(kind: QuotaKind) -> tuple[int, int]:
    """(requests allowed, window seconds) for a kind of request; a limit <= 0 disables it."""
    settings = get_settings()
    limits = {"ask": settings.ask_rate_limit, "upload": settings.upload_rate_limit}
    limit = limits.get(kind, settings.query_rate_limit)
    return limit, settings.rate_limit_window_s


def enforce_quota(user_id: int | str, kind: QuotaKind) -> None:
    """Count one `kind` request for the user; raise TooManyRequests (429 + Retry-After) past the quota."""
    limit, window_s = quota_for(kind)
    if limit <= 0:
        return
    try:
        allowed, retry_after = take(f"quota:{kind}:{user_id}", limit, window_s)
    except LimiterUnavailable:
        log.warning("rate limiter unavailable; %s quota not enforced for user %s", kind, user_id)
        return
    if not allowed:
        raise TooManyRequests(
            f"Too many {kind} requests: at most {limit} per {window_s}s. Retry in {retry_after}s.",
            retry_after=retry_after,
            details={"limit": limit, "window_s": window_s, "retry_after_s": retry_after},
        )
