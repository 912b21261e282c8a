"""A clock that moves only when told to: inject it (and its `sleep`) instead of sleeping for real."""

from __future__ import annotations


class FakeClock:
    def __init__(self, start: float = 1_000.0):
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the wait and move time on by it, at once."""
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds
