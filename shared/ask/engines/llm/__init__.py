"""The LLM engine: any OpenAI-compatible model writes SQL that is validated, repaired once and never trusted.

`LLMEngine()` builds itself from settings; `get_llm_engine()` is the cached one (None when
no model is configured). Modules: `client` (calls + retries), `prompt`, `extract`,
`validate`, `engine`. Importing this package stays cheap: the engine loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared.settings import cached_factory, get_settings

if TYPE_CHECKING:
    from shared.ask.engines.llm.engine import LLMEngine

__all__ = ["LLMEngine", "get_llm_engine"]


def __getattr__(name: str) -> Any:
    if name == "LLMEngine":
        from shared.ask.engines.llm.engine import LLMEngine  # lazy: cycle

        return LLMEngine
    raise AttributeError(name)


@cached_factory
def get_llm_engine() -> LLMEngine | None:
    """The configured engine, or None when LLM_BASE_URL / LLM_MODEL are not set."""
    from shared.ask.engines.llm.engine import LLMEngine  # lazy: cycle

    if not get_settings().llm_configured:
        return None
    return LLMEngine()
