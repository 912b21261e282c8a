"""Ratio metrics known without a semantic layer when the data shows their parts (issue 10 §6).

客单价 / average order value = the amount per order: SUM(amount) / COUNT(DISTINCT order key). The amount
is the table's additive money column, the order key the id column named after orders (else the table's
row key). A semantic-layer metric of the same name (客单价 defined by a person) wins: it links first.
Rates from a boolean or status column (退货率) and shares (占比) are read by parse_measures.
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.parse_periods import PeriodClauses
from shared.ask.engines.rules.parsecommon import is_additive, words
from shared.semantic.vocabulary.linking import ColumnInfo

ORDER_VALUE_WORDS = words("order_value_words")
MONEY_WORDS = ("金额", "销售额", "收入", "营收", "amount", "revenue", "sales", "total", "spend", "value")
ORDER_WORDS = ("订单", "单号", "order", "invoice", "transaction", "receipt")


class MetricClauses(PeriodClauses):
    """Ratio metrics from their parts."""

    def find_order_value(self, intent: Intent) -> None:
        assert self.table is not None
        low = self.question.lower()
        said = [
            w
            for w in ORDER_VALUE_WORDS
            if (w in low and re.search(rf"\b{re.escape(w)}\b", low) if w.isascii() else w in low)
        ]
        if not said or any(m.agg == "metric" for m in intent.measures) or self._defined_by_person(said):
            return
        amount, key = self._money_column(), self._order_key()
        self.ps.understood += [w.replace(" ", "").lower() for w in said]
        for pos, it in enumerate(self.items):
            text = it.text.replace(" ", "").lower()
            if text and any(text in w.replace(" ", "") for w in said):
                self.ps.used.add(pos)
        if amount is None or key is None:
            self.ps.problem = self.ps.problem or "measure:order_value"
            return
        expression = f'SUM("{amount.name}") * 1.0 / COUNT(DISTINCT "{key.name}")'
        intent.measures.insert(0, Measure("metric", metric=said[0], expression=expression))
        intent.columns = [c for c in intent.columns if c not in (amount.name, key.name)]

    def _defined_by_person(self, said: list[str]) -> bool:
        """The semantic layer has a metric of this name: the person's definition wins over ours."""
        names = {
            n.replace(" ", "").lower()
            for m in (self.semantic.metrics if self.semantic else [])
            for n in [m.name, *m.synonyms]
        }
        return any(w.replace(" ", "").lower() in names for w in said)

    def _money_column(self) -> ColumnInfo | None:
        assert self.table is not None
        amounts = [
            c for c in self.table.columns.values() if c.role == "measure" and c.numeric and is_additive(c)
        ]
        named = [c for c in amounts if any(w in c.name.lower() for w in MONEY_WORDS)]
        found = named or amounts
        return found[0] if found else None

    def _order_key(self) -> ColumnInfo | None:
        assert self.table is not None
        columns = list(self.table.columns.values())
        named = [
            c
            for c in columns
            if c.role in ("id", "dimension", "text") and any(w in c.name.lower() for w in ORDER_WORDS)
        ]
        if named:
            return named[0]
        keys = [c for c in columns if c.role == "id" and c.unique]
        return keys[0] if keys else None
