"""Readable names for measures, in the question's language: the SQL alias and the chart/summary label.

`sum_金额` reads like code; people read 金额合计 / total_amount. The alias is the same words as the label
(underscores instead of spaces in English) so a column header, a chart axis and the one-line summary
("订单数从 2024-01 的 117 变为…") all say the same thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.ask.engines.rules.intent import Measure
from shared.semantic.vocabulary.linking import concept_groups, lemma, translations
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

ZH_AGG = {"sum": "{c}合计", "avg": "平均{c}", "max": "最大{c}", "min": "最小{c}", "median": "{c}中位数"}
EN_AGG = {"sum": "total {c}", "avg": "avg {c}", "max": "max {c}", "min": "min {c}", "median": "median {c}"}


def measure_label(m: Measure, table: str, lang: str) -> str:
    """What a measure is called for people: 金额合计 / 订单数 / total amount / order count."""
    zh = lang == "zh"
    if m.agg == "metric":
        return m.metric or ("指标" if zh else "metric")
    if m.agg == "count" or (m.column is None and m.agg != "rate" and not m.expression):
        noun = row_noun(table, lang)
        return f"{noun}数" if zh else f"{noun} count"
    if m.agg == "count_distinct":
        return f"{_measured(m, lang)}数" if zh else f"{_measured(m, lang)} count"
    if m.agg == "rate":
        return _rate_label(m, zh)
    template = (ZH_AGG if zh else EN_AGG).get(m.agg)
    name = _measured(m, lang)
    return name if template is None else template.format(c=name)


def _measured(m: Measure, lang: str) -> str:
    """The thing measured: its column's name, or the name of an amount summed over two columns (goals of
    home_goals + away_goals, pairedsides.py)."""
    if m.expression and m.metric:
        return m.metric.replace("_", " ")
    return column_name(m.column or "", lang)


def _rate_label(m: Measure, zh: bool) -> str:
    """退货率 / returned rate for a flag; vip占比 / vip share for a value; weighted: vip金额占比."""
    lang = "zh" if zh else "en"
    cond = m.condition or {}
    values = [str(v) for v in cond.get("values") or []]
    if cond.get("source") == "bool" or not values:
        base = column_name(cond.get("column", ""), lang)
        base = base[2:] if zh and base.startswith("是否") and len(base) > 2 else base
        base = re.sub(r"^(is|has) ", "", base)
        return f"{base}率" if zh else f"{base} rate"
    part = ("、" if zh else " ").join(values)
    if cond.get("op") in ("!=", "not_in"):
        part = f"非{part}" if zh else f"not {part}"
    if m.column:
        return (
            f"{part}{column_name(m.column, lang)}占比"
            if zh
            else f"{part} {column_name(m.column, lang)} share"
        )
    return f"{part}占比" if zh else f"{part} share"


def column_name(name: str, lang: str) -> str:
    """A column as people say it: order_date -> order date; amount -> 金额 in a Chinese answer."""
    if CJK_RE.search(name):
        return name
    words = re.sub(r"[_\s]+", " ", name).strip().lower()
    if lang != "zh":
        return words
    return _zh_word(re.sub(r"^(is|has) ", "", words)) or words


@lru_cache(maxsize=2048)
def _zh_word(words: str) -> str | None:
    """The lexicon's Chinese word for an English column name (amount -> 金额), if it has one."""
    key = phrase_key(" ".join(lemma(w) for w in words.split()))
    for candidate in (key, re.sub(r"^(is|has) ", "", key)):
        for other in translations(candidate):
            word = other.replace(" ", "")
            if len(word) > 1 and all(CJK_RE.match(ch) for ch in word):
                return word
    return None


def measure_alias(m: Measure, table: str = "", lang: str = "en") -> str:
    """The result column's name: the label, with underscores for spaces in English."""
    label = measure_label(m, table, lang)
    return label if lang == "zh" else re.sub(r"\s+", "_", label.strip())


def measure_aliases(measures: list[Measure], taken: list[str], table: str, lang: str) -> list[str]:
    """One distinct alias per measure, none equal to a grouped or listed column's name."""
    out: list[str] = []
    for m in measures:
        alias = base = measure_alias(m, table, lang)
        n = 2
        while alias in out or alias in taken:
            alias = f"{base}_{n}"
            n += 1
        out.append(alias)
    return out


def share_alias(base: str, lang: str) -> str:
    """The column of each group's share of the total next to a measure."""
    return f"{base}占比" if lang == "zh" else f"share_{base}"


@lru_cache(maxsize=512)
def row_noun(table: str, lang: str) -> str:
    """What one row of the table is called: orders -> 订单 / order; 员工表 -> 员工 / employee."""
    zh = lang == "zh"
    cjk = bool(CJK_RE.search(table))
    if zh and cjk:
        return table[:-1] if table.endswith("表") and len(table) > 1 else table
    key = (
        phrase_key(table) if cjk else phrase_key(" ".join(lemma(w) for w in re.split(r"[_\s]+", table) if w))
    )
    if not zh and not cjk:
        return key or "row"
    member, groups = concept_groups()
    for g in member.get(key, ()):
        if groups[g][0] != key:
            continue  # "sale" is an amount word first: only a group the noun heads names its rows
        for other in groups[g][1:]:
            word = other.replace(" ", "")
            if len(word) > 1 and bool(CJK_RE.search(word)) == zh:
                return word
    return "记录" if zh else "row"
