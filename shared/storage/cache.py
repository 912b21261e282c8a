"""The cache: Redis when REDIS_URL is set, an in-process store with the same interface otherwise.

Used for answer caching and schema profiles; its backend also stores the rate limits (the
`limits` library's moving window, see `shared.identity.ratelimit`). Callers treat `CacheUnavailable`
as a miss: a Redis outage slows ChatBI down, it never breaks an answer.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from shared.settings import cached_factory, get_settings

if TYPE_CHECKING:
    from limits.storage import Storage as RateLimitStorage


class CacheUnavailable(Exception):
    pass


class Cache(Protocol):
    backend: str

    def get(self, key: str) -> bytes | None: ...
    def set(self, key: str, value: bytes, ttl_s: int | None = None) -> None: ...
    def delete(self, *keys: str) -> None: ...
    def rate_limit_storage(self) -> RateLimitStorage:
        """Where `limits` keeps its windows: the same Redis, or this process."""
        ...

    def ping(self) -> bool: ...


class MemoryCache:
    """Thread-safe LRU with TTLs; per process, which is what the embedded mode is."""

    backend = "memory"

    def __init__(self, max_items: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self._data: OrderedDict[str, tuple[float | None, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_items
        self._clock = clock  # injectable, so tests expire entries without sleeping
        self._rate_limits: RateLimitStorage | None = None

    def get(self, key: str) -> bytes | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires is not None and expires < self._clock():
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return value

    def set(self, key: str, value: bytes, ttl_s: int | None = None) -> None:
        expires = self._clock() + ttl_s if ttl_s else None
        with self._lock:
            self._data[key] = (expires, value)
            self._data.move_to_end(key)
            while len(self._data) > self._max:
                self._data.popitem(last=False)

    def delete(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._data.pop(key, None)

    def rate_limit_storage(self) -> RateLimitStorage:
        with self._lock:
            if self._rate_limits is None:
                from limits.storage import MemoryStorage  # lazy: heavy (limits)

                self._rate_limits = MemoryStorage()
            return self._rate_limits

    def purge_expired(self) -> int:
        now = self._clock()
        with self._lock:
            dead = [k for k, (exp, _) in self._data.items() if exp is not None and exp < now]
            for key in dead:
                del self._data[key]
            return len(dead)

    def ping(self) -> bool:
        return True


@cached_factory
def install_namespace() -> str:
    """`chatbi:<install id>:`, the prefix of every Redis key of this install (read once per process;
    a failure is not remembered, so the next call tries again)."""
    from shared.storage.migrate import ensure_install_id  # lazy: cold start

    try:
        return f"chatbi:{ensure_install_id()}:"
    except Exception as exc:  # noqa: BLE001 - database down or not migrated: the cache is a miss
        raise CacheUnavailable(f"no install id yet ({type(exc).__name__}); run `chatbi migrate`") from exc


class RedisCache:
    """redis-py with short timeouts; every failure surfaces as CacheUnavailable.

    Keys are namespaced by install (`install_namespace()`), so two installs sharing one Redis
    database, or a database reset under a running Redis, never read each other's entries."""

    backend = "redis"

    def __init__(self, url: str, prefix: str | None = None, timeout_s: float = 0.5):
        import redis  # lazy: heavy (redis)

        self._redis = redis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, health_check_interval=30
        )
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._fixed_prefix = prefix
        self._url, self._timeout_s = url, timeout_s
        self._rate_limits: RateLimitStorage | None = None

    @property
    def _prefix(self) -> str:
        return self._fixed_prefix if self._fixed_prefix is not None else install_namespace()

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except self._errors as exc:
            raise CacheUnavailable(str(exc)) from exc

    def get(self, key: str) -> bytes | None:
        return self._call(self._redis.get, self._prefix + key)  # type: ignore[no-any-return]

    def set(self, key: str, value: bytes, ttl_s: int | None = None) -> None:
        self._call(self._redis.set, self._prefix + key, value, ex=ttl_s or None)

    def delete(self, *keys: str) -> None:
        if keys:
            self._call(self._redis.delete, *(self._prefix + k for k in keys))

    def rate_limit_storage(self) -> RateLimitStorage:
        """`limits` on the same Redis with the same short timeouts; one Lua script per hit."""
        if self._rate_limits is None:
            from limits.storage import RedisStorage  # lazy: heavy (limits)

            self._rate_limits = RedisStorage(
                self._url,
                key_prefix=self._prefix + "rl",
                wrap_exceptions=True,
                socket_timeout=self._timeout_s,
                socket_connect_timeout=self._timeout_s,
            )
        return self._rate_limits

    def ping(self) -> bool:
        try:
            return bool(self._redis.ping())
        except self._errors:
            return False


@cached_factory
def get_cache() -> Cache:
    settings = get_settings()
    if settings.redis_url:
        return RedisCache(settings.redis_url)
    return MemoryCache()
