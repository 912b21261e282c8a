"""Names a question derives from the schema's words rather than spells: a pair of extremes, initials, and
adjectives made from stored values.

- A pair of columns that differ only in an extreme word (temp_max / temp_min, price_high / price_low) is
  one quantity measured at both ends: "high temp" / "maximum temp" name the max column, "low temp" the min
  one, and the quantity alone ("temp") names both until a superlative beside it picks an end.
- A name of three or more words is also named by its initials (Miles_per_Gallon = mpg), unless those
  letters are a dictionary word.
- An adjective made from a stored value names that value: sunny / foggy (sun, fog), Japanese / European /
  Asian (Japan, Europe, Asia).
- A superlative made from a noun that names a numeric column (windiest -> wind, dustiest -> dust) ranks
  by that column: the most of it.
- A Chinese noun said by its head character alone (车 for 汽车, 国 for 国家) names the table when the
  dictionary's first sense of that character is the table's noun (车 = car), weakly.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import (
    CJK_RE,
    Unit,
    lemma,
    normalise,
    phrase_key,
    split_identifier,
    units_of,
    zh_number,
)
from shared.semantic.vocabulary.units import UNITS, weight_aliases, zh_header_unit

EXTREME_WORDS = {"max": "max", "maximum": "max", "high": "max", "hi": "max"} | {
    "min": "min",
    "minimum": "min",
    "low": "min",
    "lo": "min",
}
SIDE_WORDS = {"max": ("high", "maximum", "max"), "min": ("low", "minimum", "min")}
PAIR_SCORE = 0.9  # "high temp" for temp_max: as good as the name's own words
LONE_SIDE_SCORE = 0.6  # "a high above 30": the table's only pair's high, weakly
STEM_SCORE = 0.75  # "temp": both ends of the pair, until a superlative picks one
SIDE_OF_TAG = {"sup:desc": "max", "agg:max": "max", "sup:asc": "min", "agg:min": "min"}


@lru_cache(maxsize=256)
def extreme_pairs(names: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """(stem words, max column, min column) for columns whose names differ only in an extreme word at
    either end (temp_max / temp_min)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for name in names:
        words = split_identifier(name)
        if len(words) < 2 or not name.isascii():
            continue
        for end, rest in ((words[-1], words[:-1]), (words[0], words[1:])):
            if end in EXTREME_WORDS:
                found[" ".join(rest)].setdefault(EXTREME_WORDS[end], name)
                break
    return tuple((stem, s["max"], s["min"]) for stem, s in found.items() if len(s) == 2)


def pair_aliases(names: list[str]) -> list[tuple[str, str, float]]:
    """(phrase key, column, score) for each end of each pair of extremes among these column names."""
    pairs = extreme_pairs(tuple(names))
    out: list[tuple[str, str, float]] = []
    for stem, high, low in pairs:
        for side, column in (("max", high), ("min", low)):
            for word in SIDE_WORDS[side]:
                out += [(f"{word} {stem}", column, PAIR_SCORE), (f"{stem} {word}", column, PAIR_SCORE - 0.05)]
            if len(pairs) == 1:
                out.append((SIDE_WORDS[side][0], column, LONE_SIDE_SCORE))
            out.append((stem, column, STEM_SCORE))
    return out


def pick_extreme(items: list[Item], index: SchemaIndex) -> list[Item]:
    """The pair's quantity right after a superlative or max/min word takes that end: "the highest temp" is
    temp_max, "the lowest temp" temp_min; anywhere else it keeps both (and the parser asks which)."""
    for k in range(1, len(items)):
        it, before = items[k], items[k - 1]
        side = next((SIDE_OF_TAG[t] for t in before.tags if t in SIDE_OF_TAG), None)
        if side is None or not it.links:
            continue
        for table in {lk.table for lk in it.links}:
            names = tuple(index.tables[table].columns) if table in index.tables else ()
            for _stem, high, low in extreme_pairs(names):
                both = {lk.column for lk in it.links if lk.table == table} >= {high, low}
                if both:
                    keep = high if side == "max" else low
                    it.links = [
                        Link(lk.kind, lk.table, lk.column, lk.value, PAIR_SCORE)
                        for lk in it.links
                        if lk.column not in (high, low) or lk.column == keep
                    ]
    return items


def initials_alias(name: str) -> str | None:
    """The initials of a name of three or more words (Miles_per_Gallon -> mpg), when not a word itself."""
    words = split_identifier(name)
    if len(words) < 3 or not name.isascii() or not all(w.isalpha() for w in words):
        return None
    initials = "".join(w[0] for w in words)
    return None if bilingual.chinese_for(initials) else initials


# suffix -> what the value ends with instead (Japan-ese, Europ-ean, Asia-n, Ital-ian, sunn-y)
ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ese", ("", "a")),
    ("ian", ("", "a", "y", "ia")),
    ("ean", ("e", "ea")),
    ("an", ("", "a", "o")),
    ("n", ("",)),
    ("y", ("",)),
)


def value_stems(word: str) -> list[str]:
    """The stored values an adjective may be made from: sunny -> sun, Japanese -> Japan."""
    out: list[str] = []
    for suffix, endings in ADJECTIVE_ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            out += [base + e for e in endings]
            if suffix == "y" and base[-1] == base[-2]:  # sunny, foggy: the consonant doubled
                out.append(base[:-1])
    return out


def adjective_value(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """An adjective made from a stored value (foggy -> 'fog', Japanese -> 'Japan') links that value."""
    u = units[i]
    if not (u.is_word and u.text.isascii() and u.key.isalpha() and len(u.key) >= 5) or u.key in STOP_WORDS:
        return None  # "many" is no adjective of a value 'man'
    for stem in value_stems(u.key):
        links = [lk for lk in index.phrases.get(stem, []) if lk.kind == "value" and lk.score >= 0.95]
        if links:
            derived = [Link(lk.kind, lk.table, lk.column, lk.value, 0.85) for lk in links]
            return Item(i, i + 1, "match", u.key, links=derived)
    return None


HEAD_CHARACTER_SCORE = 0.5  # as weak as a row noun (记录, 订单): it confirms a table, never picks a column


def head_characters(noun: str, aliases: list[str]) -> list[str]:
    """Characters of the table's Chinese names whose dictionary sense is the table's English noun (车 of
    汽车 for cars): 马力最大的5款车 ranks the cars."""
    out: list[str] = []
    for key in aliases:
        for ch in key.split():
            if CJK_RE.fullmatch(ch) and ch not in out:
                senses = bilingual.english_for(ch)
                if senses and lemma(senses[0].lower()) == noun:
                    out.append(ch)
    return out


def noun_of_superlative(word: str) -> list[str]:
    """The nouns a superlative in -iest is made from: windiest -> windy -> wind, sunniest -> sun."""
    if not (word.isascii() and word.isalpha() and word.endswith("iest") and len(word) >= 8):
        return []
    return value_stems(word[:-4] + "y")


def superlative_of_column(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """ "the 3 windiest days": a superlative made from a noun that names a numeric column outright is a
    superlative (most first); the parser's implied column is that column."""
    u = units[i]
    if not (u.is_word and u.text.isascii()) or u.key in STOP_WORDS:
        return None
    for noun in noun_of_superlative(u.key):
        if any(lk.kind == "column" and lk.score >= 0.95 for lk in index.phrases.get(noun, [])):
            return Item(i, i + 1, "match", u.key, tags=["sup:desc"])
    return None


def plural_of_ie_value(u: Unit, i: int, index: SchemaIndex) -> Item | None:
    """ "Adelies" / "Zombies": a plural in -ies of a stored value that ends in -ie, which the cheap lemma
    turns into -y ('adely'); only a value is linked so, never a column's word."""
    if not (u.text.endswith("ies") and len(u.text) > 5):
        return None
    key = u.text[:-1]
    links = [lk for lk in index.phrases.get(key, []) if lk.kind == "value"]
    return Item(i, i + 1, "match", key, links=links) if links else None


PARTICIPLE_NOUN_SCORE = 0.85  # as sure as a translation of the name


def participle_nouns(content: list[str]) -> dict[str, float]:
    """A name that ends in a past participle (Employed, units_shipped) is also named by the verb's -ment
    noun (employment, unit shipment): the quantity said as a noun. Only nouns the dictionary knows."""
    if not content or not content[-1].isascii() or not content[-1].endswith("ed"):
        return {}
    noun = bilingual.base(content[-1]) + "ment"
    if noun == content[-1] or not bilingual.chinese_for(noun):
        return {}
    return {" ".join([*content[:-1], noun]): PARTICIPLE_NOUN_SCORE}


def noun_aliases(name: str, content: list[str]) -> dict[str, float]:
    """Names a column's own words imply as nouns: a mass column's weight (units.py), a participle's noun."""
    return {**weight_aliases(name, content), **participle_nouns(content)}


NEGATING_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis")


def negated_form(word: str, schema_word: str) -> bool:
    """ "unemployment" is no typo of 'employment': a schema word behind a negating prefix is its opposite."""
    return any(
        word == prefix + schema_word or word == f"{prefix}-{schema_word}" for prefix in NEGATING_PREFIXES
    )


# 七日观众_百万 / 非农就业_千人: a Chinese header's unit after an underscore (a magnitude, a count's unit)
ZH_UNIT_SUFFIX = re.compile(r"^(?:[千万百亿]+|百分之)?(?:人|元|美元|人民币|次|个|户|吨|件|台|辆|条|%|％)?$")
ZH_NUMERAL_RUN = re.compile(r"[一二两三四五六七八九十百]+(?=[日天周月年岁小时分秒次])")


# units of time, land area and money, alone or as a rate (卢比每公斤, 元/小时): the header less them names
# the quantity (种植面积_公顷 is 种植面积, 工资_卢比每小时 is 工资)
_ZH_MEASURE = (
    r"(?:小时|分钟|秒|天|周|公顷|亩|平方米|平方公里|卢比|欧元|英镑|日元|港元|美分|元|美元"
    r"|公斤|千克|克|吨|升|米|公里|人|户|个|件|次|台|辆|条)"
)
ZH_MEASURE_SUFFIX = re.compile(rf"^{_ZH_MEASURE}(?:(?:每|/){_ZH_MEASURE})?$")


def zh_unit_suffix(name: str, unit: str) -> bool:
    """A Chinese header's part after its last underscore is a unit: a magnitude or a count's unit
    (百万, 千人, 元), a unit of measure (克, 毫克, 千卡, kg: units.zh_header_unit), or of time, land or
    money, alone or per another (小时, 公顷, 卢比每公斤: `zh_measure_suffix`)."""
    return bool(ZH_UNIT_SUFFIX.match(unit)) or zh_header_unit(name) is not None or zh_measure_suffix(unit)


def unit_less(name: str) -> str:
    """A Chinese header less the unit after its last underscore: 种子价格_卢比每公斤 -> 种子价格."""
    head, sep, unit = name.rpartition("_")
    return head if sep and head and CJK_RE.search(head) and zh_unit_suffix(name, unit) else name


def zh_measure_suffix(unit: str) -> bool:
    """小时 / 公顷 / 卢比 / 卢比每公斤: a unit of time, land area or money, or a rate of two units."""
    return bool(ZH_MEASURE_SUFFIX.match(unit)) and not ZH_UNIT_SUFFIX.match(unit)


def zh_header_aliases(name: str) -> dict[str, float]:
    """A Chinese header written <name>_<unit> (七日观众_百万, 非农就业_千人) is named by its name alone,
    as the question says it (7日观众, 非农就业人数: the people its thousands count, 观众数); a Chinese
    numeral before a counter (七日, 二十八日) is also said in digits."""
    if not CJK_RE.search(name):
        return {}
    head, sep, unit = name.rpartition("_")
    out: dict[str, float] = {}
    if sep and head and CJK_RE.search(head) and unit and zh_unit_suffix(name, unit):
        out[head] = 0.95
        measured = zh_header_unit(name)
        if measured is None and zh_measure_suffix(unit):  # hours, hectares, a price per kilo: no count
            pass
        elif measured is None:  # a count or a sum of money: 观众数
            out[head + "数"] = 0.9
        elif UNITS[measured][0] == "mass":  # a substance weighed: 钠含量, 含糖量
            out[head + "含量"] = 0.95
            out["含" + head + "量"] = 0.9
        if "人" in unit:
            out[head + "人数"] = 0.9
    for key, score in list(out.items()) or [(name, 1.0)]:
        digits = ZH_NUMERAL_RUN.sub(lambda m: str(zh_number(m.group(0))), key)
        if digits != key:
            out[digits] = min(score, 0.95)
    return out


PERIOD_WORDS = {"日": "day", "天": "day", "周": "week", "月": "month", "年": "year"}
ZH_PERIOD_HEAD = re.compile(r"^([一二两三四五六七八九十百]+|\d+)([日天周月年])(.{2,})$")


def period_header_english(head: str, english: Any) -> dict[str, float]:
    """七日观众 (a measure over a period said by its length) in English: "7 day audience", the period in
    digits and the rest by its dictionary words (`english`: a phrase's English keys)."""
    m = ZH_PERIOD_HEAD.match(head)
    if not m:
        return {}
    n = m.group(1) if m.group(1).isdigit() else str(zh_number(m.group(1)))
    return {f"{n} {PERIOD_WORDS[m.group(2)]} {t}": 0.9 for t in english(m.group(3)) if t.isascii()}


def header_units(names: list[str]) -> frozenset[str]:
    """The units Chinese headers are written in (百万 of 七日观众_百万, 千人 of 非农就业_千人)."""
    return frozenset(
        unit
        for name in names
        if CJK_RE.search(name)
        and (unit := name.rpartition("_")[2])
        and unit != name
        and zh_unit_suffix(name, unit)
    )


def table_header_units(index: SchemaIndex, table: str) -> frozenset[str]:
    """A table's header units, kept per index: every question's unread words are checked against them."""
    memo = index.memo.setdefault("header_units", {})
    if table not in memo:
        memo[table] = header_units(list(index.tables[table].columns))
    return memo[table]  # type: ignore[no-any-return]


def header_keys(name: str, english: Any) -> dict[str, float]:
    """The phrase keys a Chinese header (no spaces, less a leading 是否) is also named by: less a suffix
    saying its kind (订单日期 -> 订单, weakly), and with a unit or a period (zh_header_aliases, in English
    period_header_english): 七日观众_百万 -> 7日观众, "7 day audience"."""
    out: dict[str, float] = {}
    for suffix in ("日期", "时间", "年份", "名称", "编号", "数量", "金额"):  # 订单日期 is also 订单, weakly
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            out[phrase_key(name[: -len(suffix)])] = 0.7
    for key, score in zh_header_aliases(name).items():
        out[phrase_key(key)] = max(score, out.get(phrase_key(key), 0.0))
        for en, weight in period_header_english(key, english).items():
            out[en] = max(weight, out.get(en, 0.0))
    for key, score in mixed_header_english(name.partition("_")[0]).items():  # 维生素C_日需百分比: unit aside
        out[key] = max(score, out.get(key, 0.0))
    return out


MIXED_SCORE = 0.9  # a Latin code and the glosses of the Chinese words around it, in order
_MIXED_PARTS = re.compile(r"[A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]+")


def mixed_header_english(name: str) -> dict[str, float]:
    """A Chinese header holding a Latin code (ICO成员, VIP客户) is also said in English as the code and the
    Chinese words' glosses in order ("ico member", "vip customer"); a code alone names nothing here."""
    parts = _MIXED_PARTS.findall(name)
    latin = [p for p in parts if p.isascii()]
    if not latin or len(latin) == len(parts) or len(parts) > 3:
        return {}
    options = [[p.lower()] if p.isascii() else _short_glosses(p) for p in parts]
    if any(not o for o in options):
        return {}
    return {phrase_key(" ".join(combo)): MIXED_SCORE for combo in itertools.product(*options)}


def _short_glosses(word: str) -> list[str]:
    """The first few one- or two-word glosses of a Chinese word."""
    return [g for g in bilingual.english_for(word) if len(g.split()) <= 2][:3]


SHORT_FORM_SCORE = 0.85
ADMINISTRATIVE_SUFFIX = "州"  # a state: 得克萨斯州 is 得州, 加利福尼亚州 加州, 昆士兰州 昆州


def short_place_names(phrases: dict[str, list[Link]]) -> dict[str, list[Link]]:
    """A stored value whose Chinese name is a transliterated state (得克萨斯州, 宾夕法尼亚州: three or more
    characters before 州, the 州 written or the dictionary holding the name with it) is also written with
    its first character and 州, as Chinese shortens such names (得州, 宾州, 昆州). Only a short form that
    one value takes, and that names nothing else the index holds."""
    found: dict[str, dict[tuple[str, str | None, object], Link]] = defaultdict(dict)
    for key, links in phrases.items():
        word = key.replace(" ", "")
        if len(word) < 3 or not CJK_RE.fullmatch(word[0]) or not CJK_RE.search(word[-1]):
            continue
        if not word.endswith(ADMINISTRATIVE_SUFFIX) and not bilingual.english_for(
            word + ADMINISTRATIVE_SUFFIX
        ):
            continue  # 得克萨斯: the dictionary writes 得克萨斯州 too
        if len(word.removesuffix(ADMINISTRATIVE_SUFFIX)) < 3:
            continue  # 广州, 纽约州: no transliterated state to shorten
        for lk in links:
            if lk.kind == "value" and lk.score >= 0.9:
                short = f"{word[0]} {ADMINISTRATIVE_SUFFIX}"
                found[short][(lk.table, lk.column, lk.value)] = Link(
                    "value", lk.table, lk.column, lk.value, SHORT_FORM_SCORE
                )
    return {
        short: list(links.values())
        for short, links in found.items()
        if len(links) == 1 and short not in phrases
    }


def fuzzy_word(u: Unit, i: int, index: SchemaIndex) -> Item | None:
    """English typos ("popuation", "Carribean"): the closest schema word when it is very close."""
    if not (u.is_word and u.text.isascii() and len(u.key) >= 5 and u.key not in STOP_WORDS):
        return None
    closest = _closest_word(u.key, index)
    if closest is None:
        return None
    links = [Link(lk.kind, lk.table, lk.column, lk.value, lk.score * 0.85) for lk in index.phrases[closest]]
    return Item(i, i + 1, "match", closest, links=links, fuzzy=True)


FUZZY_KEPT = 4096  # words whose closest schema word is kept per index (a scan of the vocabulary each)


def _closest_word(key: str, index: SchemaIndex) -> str | None:
    """The schema word very close to `key`, kept per index: the same words come back question after
    question."""
    memo = index.memo.setdefault("fuzzy_words", {})
    kept = memo.get(key, memo)  # the memo itself: not looked up yet (None is a word with none close)
    if kept is not memo:
        return kept  # type: ignore[no-any-return]
    from rapidfuzz import fuzz, process  # lazy: heavy (rapidfuzz)

    best = process.extractOne(key, index.vocab, scorer=fuzz.ratio, score_cutoff=86)
    closest = None if best is None or negated_form(key, best[0]) else str(best[0])
    if len(memo) >= FUZZY_KEPT:
        memo.clear()
    memo[key] = closest
    return closest


HYPHEN_SCORE = 0.95  # the same words, joined or split by hyphens


def hyphen_forms(key: str) -> list[str]:
    """An English value of two or three words is hyphenated before a noun ('One year': "one-year
    contracts"), and a hyphenated one is also said with spaces ('Month-to-month': "month to month"); each
    form also as a question's units read it once number words are digits ("two-year" is 2 - year)."""
    if not key.isascii() or not all(w.isalpha() for w in key.replace("-", " ").split()):
        return []  # 0-14 is a range, 'Credit card (automatic)' no plain words
    if "-" in key:
        forms = [" ".join(key.replace("-", " ").split())]
    else:
        words = key.split()
        forms = ["-".join(words)] if 2 <= len(words) <= 3 else []
    read = [" ".join(u.key for u in units_of(normalise(f))) for f in [key, *forms]]
    return list(dict.fromkeys(f for f in [*forms, *read] if f != key))
