"""Per-user quotas on the expensive endpoints (asking, own SQL, uploading), beyond login throttling.

A sliding window in the cache (Redis sorted sets in production, in-process when embedded),
so the limit holds across workers and Lambda instances. If Redis is unreachable the quota
is not enforced: an outage of the limiter must not become an outage of the product.
"""

from __future__ import annotations

import logging
from typing import Literal

from shared.cache import CacheUnavailable, get_cache
from shared.errors import TooManyRequests
from shared.settings import get_settings

QuotaKind = Literal["ask", "upload", "query"]
log = logging.getLogger("chatbi.ratelimit")


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
        allowed, retry_after = get_cache().hit(f"quota:{kind}:{user_id}", limit, window_s)
    except CacheUnavailable:
        log.warning("rate limiter unavailable; %s quota not enforced for user %s", kind, user_id)
        return
    if not allowed:
        raise TooManyRequests(
            f"Too many {kind} requests: at most {limit} per {window_s}s. Retry in {retry_after}s.",
            retry_after=retry_after,
            details={"limit": limit, "window_s": window_s, "retry_after_s": retry_after},
        )
