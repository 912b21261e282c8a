"""The LLM engine: any OpenAI-compatible model writes SQL that is validated, repaired once and never trusted.

`get_llm_engine()` is the lazily built engine (None when no model is configured); the
modules: `client` (calls + retries), `prompt`, `extract`, `validate`, `engine`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.settings import cached_factory, get_settings

if TYPE_CHECKING:
    from shared.engines.llm.engine import LLMEngine


@cached_factory
def get_llm_engine() -> LLMEngine | None:
    """The configured engine, or None when LLM_BASE_URL / LLM_MODEL are not set."""
    from shared.engines.llm.client import LLMClient
    from shared.engines.llm.engine import LLMEngine

    settings = get_settings()
    client = LLMClient.from_settings(settings)
    if client is None:
        return None
    return LLMEngine(client, send_values=settings.llm_send_values)
