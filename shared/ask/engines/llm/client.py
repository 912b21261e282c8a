"""One chat completion against any OpenAI-compatible server, inside a fixed time budget.

The `openai` client's own retries are off: we retry 429/5xx/connection errors ourselves
(at most MAX_ATTEMPTS calls), honour Retry-After, and never wait past LLM_TIMEOUT_S from
the first byte sent, so a slow or rate-limited model costs the user at most that long.
Every call, failed or not, reports tokens, latency and an outcome for the message's usage.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from shared.settings import Settings

MAX_ATTEMPTS = 3
BACKOFF_S = (0.5, 1.0, 2.0)


@dataclass
class Completion:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    attempts: int = 1
    model: str | None = None


class LLMCallError(Exception):
    """The model gave no usable reply. `outcome` is a short machine word for metrics and usage."""

    def __init__(self, outcome: str, message: str, *, latency_ms: float = 0.0, attempts: int = 1):
        super().__init__(message)
        # timeout | rate_limited | server_error | connection_error | client_error | bad_response
        self.outcome = outcome
        self.message = message
        self.latency_ms = latency_ms
        self.attempts = attempts


class LLMClient:
    """A lazily built `openai.OpenAI` bound to one model and one time budget per completion."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        max_tokens: int = 1024,
        max_attempts: int = MAX_ATTEMPTS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.base_url = base_url
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.max_tokens = max_tokens
        self.max_attempts = max_attempts
        # Injectable so tests can follow backoffs and Retry-After without waiting for real.
        self.clock = clock
        self.sleep = sleep
        self._openai: Any = None

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMClient | None:
        """None when no model is configured (the rule engine then answers alone)."""
        if not settings.llm_configured:
            return None
        return cls(
            base_url=str(settings.llm_base_url),
            model=str(settings.llm_model),
            api_key=settings.llm_api_key,
            timeout_s=settings.llm_timeout_s,
            max_tokens=settings.llm_max_tokens,
        )

    @property
    def openai(self) -> Any:
        if self._openai is None:
            from openai import OpenAI  # lazy: heavy (openai)

            # Local servers (vLLM, Ollama) ignore the key, but the client insists on one.
            self._openai = OpenAI(
                base_url=self.base_url,
                api_key=self.api_key or "not-needed",
                timeout=self.timeout_s,
                max_retries=0,
            )
        return self._openai

    def complete(self, messages: list[dict[str, str]]) -> Completion:
        """The reply text of one chat completion; LLMCallError once retries or the time budget run out."""
        import openai  # lazy: heavy (openai)

        started = self.clock()
        deadline = started + self.timeout_s
        outcome, message = "timeout", f"the model did not answer within {self.timeout_s:g} s"
        for attempt in range(1, self.max_attempts + 1):
            remaining = deadline - self.clock()
            if remaining <= 0.05:
                break
            try:
                response = self.openai.chat.completions.create(
                    model=self.model,
                    messages=messages,
                    max_tokens=self.max_tokens,
                    temperature=0,
                    timeout=remaining,
                )
            except openai.APITimeoutError:
                outcome, message = "timeout", f"the model did not answer within {self.timeout_s:g} s"
                break
            except openai.APIStatusError as exc:
                status = exc.status_code
                if status != 429 and status < 500:
                    raise self._error(
                        "client_error",
                        f"the model server refused the request: HTTP {status}",
                        started,
                        attempt,
                    ) from exc
                outcome = "rate_limited" if status == 429 else "server_error"
                message = f"the model server answered HTTP {status}"
                wait = retry_after_seconds(exc.response.headers) if exc.response is not None else None
                wait = BACKOFF_S[min(attempt - 1, len(BACKOFF_S) - 1)] if wait is None else wait
                if attempt == self.max_attempts or self.clock() + wait >= deadline:
                    break
                self.sleep(wait)
                continue
            except openai.APIConnectionError as exc:
                outcome, message = "connection_error", f"cannot reach the model server: {exc}"
                wait = BACKOFF_S[min(attempt - 1, len(BACKOFF_S) - 1)]
                if attempt == self.max_attempts or self.clock() + wait >= deadline:
                    break
                self.sleep(wait)
                continue
            except Exception as exc:  # noqa: BLE001 - malformed JSON and the like: no usable reply
                raise self._error(
                    "bad_response",
                    f"the model server sent an unreadable reply ({type(exc).__name__})",
                    started,
                    attempt,
                ) from exc
            return self._completion(response, started, attempt)
        raise self._error(outcome, message, started, min(attempt, self.max_attempts))

    def _completion(self, response: Any, started: float, attempt: int) -> Completion:
        """Text and token counts of a parsed response; empty choices or no content are a bad response."""
        choices = getattr(response, "choices", None)
        if not choices:
            raise self._error(
                "bad_response", "the model server sent a reply without choices", started, attempt
            )
        message = getattr(choices[0], "message", None)
        text = getattr(message, "content", None)
        if not isinstance(text, str) or not text.strip():
            raise self._error("bad_response", "the model sent an empty reply", started, attempt)
        usage = getattr(response, "usage", None)
        return Completion(
            text=text,
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            latency_ms=round((self.clock() - started) * 1000, 1),
            attempts=attempt,
            model=getattr(response, "model", None) or self.model,
        )

    def _error(self, outcome: str, message: str, started: float, attempts: int) -> LLMCallError:
        latency_ms = round((self.clock() - started) * 1000, 1)
        return LLMCallError(outcome, message, latency_ms=latency_ms, attempts=attempts)


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date); None when absent."""
    if headers is None:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
