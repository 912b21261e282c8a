"""The offline rule-based question engine: Chinese and English questions to SQL, no LLM, in milliseconds.

Pipeline: normalise + segment (tokenize) -> link words to tables/columns/values (linking) -> read the
grammar into an Intent (parse, timeexpr) -> merge with the previous turn (followup) -> SQL via sqlglot
(sqlbuild) -> interpretation (interpret). When the engine cannot place what the question asks for it
answers `clarify` with what the data offers (clarify): a wrong number is worse than a question back.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import ChartHint, EngineAnswer, EngineRequest


class RuleEngine:
    name = "rules"

    def answer(self, request: EngineRequest) -> EngineAnswer:
        from shared.ask.engines.rules.engine import answer

        return answer(request)


def engine_state(answer: EngineAnswer) -> dict[str, Any] | None:
    """The follow-up state an answer carries (for callers that store it)."""
    return answer.state


__all__ = ["RuleEngine", "ChartHint", "engine_state"]
