"""Rate limits are atomic: with real concurrency against real Redis and the in-process cache,
exactly `limit` of 20 simultaneous requests pass (issue 12: the check-then-add limiter let 13-19
of 20 through a limit of 5, and parallel password guesses slipped past the login throttle)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from shared.errors import TooManyRequests
from tests.conftest import reset_runtime


def _all_at_once(n: int, call: Callable[[], object]) -> list[object]:
    """Run `call` in n threads released together; each result is its return value or exception."""
    start = threading.Barrier(n)

    def one() -> object:
        start.wait()
        try:
            return call()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test counts
            return exc

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(lambda _: one(), range(n)))


def test_exactly_five_of_twenty_concurrent_questions_pass_the_quota(storage, monkeypatch) -> None:
    from shared.identity.ratelimit import enforce_quota

    # Given a quota of 5 questions per minute (in Redis for MariaDB, in-process when embedded)
    monkeypatch.setenv("ASK_RATE_LIMIT", "5")
    monkeypatch.setenv("RATE_LIMIT_WINDOW_S", "60")
    reset_runtime()
    # When one user sends 20 questions at the same moment
    outcomes = _all_at_once(20, lambda: enforce_quota(42, "ask"))
    # Then exactly 5 pass and 15 are refused with a Retry-After
    refused = [o for o in outcomes if isinstance(o, TooManyRequests)]
    assert len(refused) == 15 and outcomes.count(None) == 5
    assert all(1 <= r.retry_after <= 61 for r in refused)


def test_parallel_password_guesses_are_throttled_exactly(storage, live_url: str, user_headers) -> None:
    # Given a user, and the login throttle at its default of 5 attempts per minute
    user_headers("victim", "analyst")
    body = {"username": "victim", "password": "not-the-password"}

    # When an attacker sends 20 guesses at once over real HTTP
    def guess() -> int:
        return httpx.post(f"{live_url}/api/v1/auth/login", json=body, timeout=30).status_code

    statuses = _all_at_once(20, guess)
    # Then exactly 5 guesses were checked (401) and 15 refused before checking (429)
    assert sorted(statuses) == [401] * 5 + [429] * 15  # type: ignore[type-var]


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_successful_login_clears_the_throttle(backend: str, sqlite_storage, monkeypatch) -> None:
    from shared.identity import ratelimit
    from tests.conftest import REDIS_URL

    # Given four used attempts of five for a key
    if backend == "redis":
        monkeypatch.setenv("REDIS_URL", REDIS_URL)
        reset_runtime()
    key = f"login-fail:clear-{backend}:-"
    ratelimit.reset(key, 5, 60)
    assert [ratelimit.take(key, 5, 60)[0] for _ in range(4)] == [True] * 4
    # When the window is reset (what a successful login does)
    ratelimit.reset(key, 5, 60)
    # Then five fresh attempts are available again, and the sixth is refused
    assert [ratelimit.take(key, 5, 60)[0] for _ in range(6)] == [True] * 5 + [False]
