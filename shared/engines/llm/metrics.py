"""Per-call LLM metrics: calls by outcome, tokens by kind, latency.

Kept next to the engine until `shared.observability.metrics` grows a `record_llm_call`;
when it does, that one is used instead. Best effort: a metric never breaks an answer.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

log = logging.getLogger("chatbi.llm")


@lru_cache(maxsize=1)
def _prom() -> tuple[Any, Any, Any]:
    """Registered once per process (the Prometheus registry is global, so never reset)."""
    from prometheus_client import Counter, Histogram

    from shared.observability.metrics import LATENCY_BUCKETS, multiprocess_dir

    multiprocess_dir()
    return (
        Counter("chatbi_llm_calls", "LLM completions by outcome", ["outcome"]),
        Counter("chatbi_llm_tokens", "LLM tokens by kind (prompt, completion)", ["kind"]),
        Histogram("chatbi_llm_call_duration_seconds", "LLM completion latency", buckets=LATENCY_BUCKETS),
    )


def record_llm_call(outcome: str, prompt_tokens: int, completion_tokens: int, seconds: float) -> None:
    """One model call: how it ended, what it cost, how long it took."""
    try:
        from shared.observability import metrics

        shared_recorder = getattr(metrics, "record_llm_call", None)
        if shared_recorder is not None:
            shared_recorder(outcome, prompt_tokens, completion_tokens, seconds)
            return
        if metrics.lambda_mode():
            metrics._emf("LlmCalls", 1, outcome=outcome)
            metrics._emf("LlmTokens", prompt_tokens + completion_tokens)
            metrics._emf("LlmLatency", seconds * 1000, "Milliseconds")
            return
        calls, tokens, latency = _prom()
        calls.labels(outcome).inc()
        tokens.labels("prompt").inc(prompt_tokens)
        tokens.labels("completion").inc(completion_tokens)
        latency.observe(seconds)
    except Exception:  # noqa: BLE001 - observability is best effort by design
        log.warning("llm metric failed", exc_info=True)
