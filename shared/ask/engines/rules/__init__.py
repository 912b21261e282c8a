"""The offline rule-based question engine: Chinese and English questions to SQL, no LLM, in milliseconds.

Pipeline: normalise + segment, link words to tables/columns/values (shared.semantic.vocabulary) -> read
the grammar into an Intent (parse and its clause modules, timeexpr) -> merge with the previous turn
(followup) -> SQL via sqlglot (sqlbuild; joins over relationships) -> interpretation (interpret).
When the engine cannot place what the question asks for it answers `clarify` with what the data offers
(clarify): a wrong number is worse than a question back.
"""

from __future__ import annotations

from shared.ask.engines.base import ChartHint, EngineAnswer, EngineRequest


class RuleEngine:
    name = "rules"

    def answer(self, request: EngineRequest) -> EngineAnswer:
        from shared.ask.engines.rules.engine import answer  # lazy: cycle

        return answer(request)


__all__ = ["RuleEngine", "ChartHint"]
