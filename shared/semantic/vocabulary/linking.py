"""Schema and value linking: which tables, columns and values a question's words point at.

`index_for(schema, semantic)` builds (once per schema fingerprint) a phrase map from unit keys to
links: column names and their words, semantic-layer synonyms, lexicon translations and profiled
values. `match(question, index)` walks the question's units left to right taking the longest known
phrase (schema phrase or structural keyword) at each point, with rapidfuzz for English typos.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, defaultdict
from typing import Any

from shared.semantic.schema import Column, Schema, SemanticLayer, Table
from shared.semantic.vocabulary import (
    bilingual,
    charnames,
    codenames,
    glosses,
    heap,
    keynames,
    lexicon,
    namevalues,
    valuenames,
    valuewords,
)
from shared.semantic.vocabulary.abbreviations import abbreviated, best_score, initialled, lone_weak_cuts
from shared.semantic.vocabulary.answerscope import kept as kept_for_answer
from shared.semantic.vocabulary.columnkinds import (
    categorical_code,
    date_text,
    is_number_text,
    is_zero_one,
)
from shared.semantic.vocabulary.copulavalues import copula_value
from shared.semantic.vocabulary.derived import (
    HEAD_CHARACTER_SCORE,
    HYPHEN_SCORE,
    adjective_value,
    fuzzy_word,
    head_characters,
    header_keys,
    hyphen_forms,
    initials_alias,
    noun_aliases,
    pair_aliases,
    pick_extreme,
    plural_of_ie_value,
    short_place_names,
    superlative_of_column,
)
from shared.semantic.vocabulary.flagheaders import (
    ASPECT_SCORE,
    DONE_SCORE,
    aspect_forms,
    compound_english,
    flag_core,
    flag_state_words,
    head_english,
    not_offered,
    table_flag_objects,
)
from shared.semantic.vocabulary.glosswins import whole_gloss_wins
from shared.semantic.vocabulary.grain import table_grain
from shared.semantic.vocabulary.headerparts import header_part_aliases, unit_less_english
from shared.semantic.vocabulary.keynouns import (
    KEY_NOUN_SCALE,
    ROW_NOUN_SCORE,
    ROW_NOUNS,
    TABLE_CONCEPT_SCORE,
    agent_aliases,
    attributes_of_rows,
    key_noun,
    rows_noun_aliases,
    table_concept_words,
)
from shared.semantic.vocabulary.linktypes import STOP_WORDS, ColumnInfo, Item, Link, SchemaIndex, TableIndex
from shared.semantic.vocabulary.nominals import nominal_keys
from shared.semantic.vocabulary.propernouns import other_names
from shared.semantic.vocabulary.quantitynouns import quantity_nouns
from shared.semantic.vocabulary.restatednouns import restated_column_nouns
from shared.semantic.vocabulary.segment import CJK_RE, Unit, lemma, phrase_key, split_identifier
from shared.semantic.vocabulary.sidewords import side_aliases
from shared.semantic.vocabulary.slashvalues import slashed_value
from shared.semantic.vocabulary.statheaders import statistic_english
from shared.semantic.vocabulary.tallynames import TALLY_SCORE, tally_keys
from shared.semantic.vocabulary.translation import (
    concept_groups,
    dictionary_translations,
    keyword_map,
    linked_translations,
    says_the_value,
    translations,
)
from shared.semantic.vocabulary.units import quantity_aliases

NAME_WORDS = ("name", "名", "姓名", "名称", "名字", "title", "标题")
# X名 names an X (州名, 店名, 品名), except where 名 is a rank or an act (排名, 报名, 提名, 署名, 签名, 知名)
NOT_NAME_ENDINGS = ("排名", "报名", "提名", "署名", "签名", "知名", "点名", "命名")
ID_SUFFIXES = ("id", "code", "编号", "工号", "代码", "编码", "no", "number", "key", "ssn")
YES_VALUES = {"1", "是", "y", "yes", "t", "true", "有", "已", "√"}
NO_VALUES = {"0", "否", "n", "no", "f", "false", "无", "未", "×"}
MAX_VALUE_CHARS = 60
# 主管 "in charge; responsible for; …; manager": manager is 经理's first sense, 主管's fourth
SENSES_FIRST, LATE_SENSE = 2, 0.85
NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")


def _name_keys(name: str) -> tuple[str, list[str]]:
    """Full key and content-word keys of a table/column name, in English or Chinese."""
    if CJK_RE.search(name):
        core = name[2:] if name.startswith("是否") and len(name) > 2 else name
        return phrase_key(name), [phrase_key(core)]
    words = [lemma(w) for w in split_identifier(name)]
    content = [w for w in words if w not in STOP_WORDS and w not in ("yn", "flag", "if")]
    if content and content[0] in ("is", "has", "be", "have") and len(content) > 1:
        content = content[1:]
    return " ".join(words), content or words


def name_aliases(name: str, table_words: set[str], extra: list[str]) -> dict[str, float]:
    """Every phrase that may name this column/table, with how sure the match is."""
    out: dict[str, float] = {}

    def add(key: str, score: float) -> None:
        if key and out.get(key, 0) < score:
            out[key] = score

    full, content = _name_keys(name)
    add(full, 1.0)
    add(phrase_key(name), 1.0)
    for syn in extra:  # a person's word: its lexicon translations, not a second hop through the dictionary
        add(phrase_key(syn), 0.97)
        for t in translations(phrase_key(syn)):
            add(t, 0.85)
    joined = " ".join(content)
    add(joined, 0.95)
    for key, score in _ratio_aliases(name, content).items():
        add(key, score)
    add(initials_alias(name) or "", 0.85)
    spelt = initial_name(content)
    if spelt:  # Fname / LName: "first name", 名字
        add(spelt, 0.95)
        for t in linked_translations(spelt):
            add(t, 0.9)
    for key in {full, joined}:
        for t in linked_translations(key):
            add(t, 0.9)
    if CJK_RE.search(name):
        core = content[0]
        # Lexicon words inside a Chinese name: 绩效评分 holds 绩效 and 评分.
        member, _groups = concept_groups()
        raw = core.replace(" ", "")
        for k in member:
            if CJK_RE.search(k) and len(k.replace(" ", "")) >= 2 and k.replace(" ", "") in raw and k != core:
                weak = 0.6 if len(k.replace(" ", "")) < len(raw) else 0.9
                add(k, weak)
                for t in linked_translations(k):
                    add(t, weak - 0.05)
        for t in dictionary_translations(core):  # 运费 is also "freight fee"
            add(t, 0.85)
        for key, score in header_keys(raw, lambda w: linked_translations(phrase_key(w))).items():
            if key not in table_words:  # 社区编号 / 社区名称 of the 社区 table: 社区 names the table
                add(key, score)  # 订单日期: 订单 (0.7); 七日观众_百万: 7日观众, "7 day audience"
        for key in aspect_forms(name):
            add(key, ASPECT_SCORE)  # 系了安全带
        compounds = compound_english(flag_core(name), flag_core(name) != name)  # 是否乐队成员: band member
        for key, score in [*compounds.items(), *head_english(name).items()]:  # 最大风速_节: wind speed
            add(key, score)
        for key, score in unit_less_english(out).items():
            add(key, score)  # 月薪_元 is 月薪: "monthly salary", its head weakly
        for key, score in header_part_aliases(name).items():
            add(key, score)  # 种子价格_卢比每公斤: "seed price"; 季次: "season"; 毛产量_公斤: "gross output"
        for key, score in statistic_english(raw).items():
            add(key, score)  # 家庭收入中位数: "median household income"
        for key, score in quantity_aliases(name, dictionary_translations).items():
            add(key, score)  # 热量_千卡: "calorie"; 脂肪热量_千卡: "fat calorie"
        return out
    if len(content) > 1:
        options = [[w, *linked_translations(w)][:6] for w in content]
        if len(content) == 2:
            for a in options[0]:
                for b in options[1]:
                    both_zh = CJK_RE.search(a) and CJK_RE.search(b)
                    if both_zh or not (CJK_RE.search(a) or CJK_RE.search(b)):
                        add(f"{a} {b}", 0.85)
                        add(f"{b} {a}", 0.8)
                        if not both_zh:
                            add(f"{b} of {a}", 0.85)
                            add(f"{a} of {b}", 0.8)
        if len(content) >= 3:  # degree_summary_name is also "degree name" / 学位名称
            for a in [content[0], *linked_translations(content[0])][:6]:
                for b in [content[-1], *linked_translations(content[-1])][:6]:
                    if bool(CJK_RE.search(a)) == bool(CJK_RE.search(b)):
                        add(f"{a} {b}", 0.75)
        for key, score in side_aliases(content).items():  # home_team: "host team", 主队
            add(key, score)
            for t in linked_translations(key):
                add(t, score - 0.05)
        for i in range(len(content) - 1):
            pair = f"{content[i]} {content[i + 1]}"
            add(pair, 0.8)
            for t in linked_translations(pair):
                add(t, 0.78)
        for w in content:
            weak = (
                0.3 if w in table_words else (0.45 if w in ("id", "code", "name", "number", "num") else 0.6)
            )
            add(w, weak)  # paid_total: "total" alone, never its glosses (总额, total amount), which ask a sum
            for t in () if "agg:sum" in keyword_map().get(w, ()) else linked_translations(w):
                add(t, weak - 0.05)
    for key, score in noun_aliases(name, content).items():  # body_mass_g: body weight, 体重; employment
        add(key, score)
        for t in linked_translations(key):
            add(t, score - 0.05 if score < 0.85 else score)
    return out


NAME_INITIALS = {"f": "first", "l": "last", "m": "middle", "g": "given"}


def initial_name(content: list[str]) -> str | None:
    """A person's name column written with an initial (Fname, LName, m_name) spelt out: "first name"."""
    word = "".join(content)
    if len(word) == 5 and word.endswith("name") and word[0] in NAME_INITIALS:
        return f"{NAME_INITIALS[word[0]]} name"
    return None


def _ratio_aliases(name: str, content: list[str]) -> dict[str, float]:
    """A name written A/B is A per B, and its initials name it: Earnings/Share is "earnings per share",
    Price/Earnings is "p/e" and the "pe ratio" (a ratio named by its initials)."""
    if "/" not in name or len(content) != 2 or CJK_RE.search(name):
        return {}
    a, b = content
    initials = a[0] + b[0]
    return {f"{a} per {b}": 0.95, f"{a[0]} {b[0]}": 0.9, initials: 0.85, f"{initials} ratio": 0.9}


def _add_antonyms(name: str, t_words: set[str], syn: list[str], table: str, put: Any) -> None:
    """Words meaning the flag is off link with value False: 在职 -> 是否离职 = 否, active -> not left."""
    aliases = name_aliases(name, t_words, syn)
    for word, opposite in lexicon.ANTONYMS.items():
        if aliases.get(phrase_key(opposite), 0) >= 0.85:
            put(phrase_key(word), Link("column", table, name, False, 0.9))


def zh_name_column(name: str) -> bool:
    """州名 / 店名 / 品名: a Chinese header X名 holds the X's names (a bare 名 is a first name)."""
    return (
        len(name) >= 2
        and name.endswith("名")
        and bool(CJK_RE.search(name))
        and not name.endswith(NOT_NAME_ENDINGS)
    )


def column_info(col: Column, table: Table) -> ColumnInfo:
    """The column's role in questions: measure, dimension, time axis, flag, identifier or free text."""
    prof = col.profile
    values = [v[0] for v in (prof.values or [])] if prof else []
    distinct = prof.distinct_count if prof else 0
    rows = table.row_count or 0
    words = split_identifier(col.name)
    lowered = col.name.lower()
    id_like = bool(words) and (words[-1] in ID_SUFFIXES or lowered.endswith(("id", "编号", "工号", "代码")))
    name_like = any(w in NAME_WORDS for w in words) or col.name.endswith(("姓名", "名称", "名字"))
    name_like = name_like or (col.type == "text" and zh_name_column(col.name))
    unique = bool(rows) and distinct >= rows * 0.98
    str_values = {str(v).strip().lower() for v in values}
    # Numbers stored as text (empty strings are missing values, not text): compared and summed as numbers.
    present = [v for v in values[:50] if v is not None and str(v).strip() != ""]
    numeric_text = col.type == "text" and bool(present) and all(is_number_text(v) for v in present)
    if prof and col.type == "text" and not values and isinstance(prof.min, int | float):
        numeric_text = True
    info = ColumnInfo(col.name, col.type, "text", words, distinct, values, unique, name_like)
    info.numeric = col.is_numeric or numeric_text
    info.minimum, info.maximum = (prof.min, prof.max) if prof else (None, None)
    if is_zero_one(col, prof) and not id_like:
        values = values or [0, 1]
        info.values, str_values = values, {"0", "1"}
    if (
        col.type == "boolean"
        or (
            values
            and 1 <= len(str_values) <= 2
            and str_values <= (YES_VALUES | NO_VALUES)
            and (str_values & YES_VALUES or str_values & NO_VALUES)
            and not id_like
        )
        or not_offered(values) is not None
    ):
        info.role = "bool"
        for v in values:
            if str(v).strip().lower() in YES_VALUES:
                info.true_value = v
            elif str(v).strip().lower() in NO_VALUES:
                info.false_value = v
        if col.type == "boolean" or info.true_value in (0, 1) or info.false_value in (0, 1):
            info.true_value = 1 if info.true_value is None else info.true_value
            info.false_value = 0 if info.false_value is None else info.false_value
    elif col.is_temporal or date_text(col, values):
        info.role = "time"
        if info.maximum is None and values:
            dates = [str(v) for v in values if v is not None]
            info.minimum, info.maximum = min(dates), max(dates)
    elif id_like and not name_like and not categorical_code(words, values, unique, distinct, rows):
        info.role = "id"
    elif info.numeric:
        info.role = (
            "year" if ("year" in words or "年份" in col.name or col.name.endswith("年")) else "measure"
        )
    elif values and not unique or values and len(values) <= 50 and not name_like:
        info.role = "dimension"
    else:
        info.role = "text"
    return info


def fingerprint(schema: Schema, semantic: SemanticLayer | None) -> str:
    """Cheap identity of a schema + semantic layer, for caching the index and the tokenizer."""
    parts: list[Any] = [schema.dialect]
    for t in schema.tables:
        parts.append((t.name, t.row_count, tuple(t.synonyms)))
        for c in t.columns:
            p = c.profile
            parts.append(
                (
                    c.name,
                    c.type,
                    tuple(c.synonyms),
                    p.distinct_count if p else None,
                    len(p.values or []) if p else None,
                    str(p.values[0][0]) if p and p.values else None,
                )
            )
    if semantic is not None:
        parts.append(repr(semantic.tables))
        parts.append(tuple((m.name, m.expression, tuple(m.synonyms)) for m in semantic.metrics))
        parts.append(tuple(sorted(semantic.aggregations.items())))
    return str(hash(tuple(parts)))


_INDEXES: OrderedDict[str, SchemaIndex] = OrderedDict()
_INDEX_LOCK = threading.Lock()
_MAX_INDEXES = 64


def index_for(schema: Schema, semantic: SemanticLayer | None = None) -> SchemaIndex:
    """The phrase index of a schema, built once per fingerprint (LRU of 64); found once per answer."""
    return kept_for_answer(schema, semantic, lambda: _index_for(schema, semantic))


def _index_for(schema: Schema, semantic: SemanticLayer | None) -> SchemaIndex:
    fp = fingerprint(schema, semantic)
    with _INDEX_LOCK:
        idx = _INDEXES.get(fp)
        if idx is not None:
            _INDEXES.move_to_end(fp)
            return idx
    idx = build_index(schema, semantic, fp)
    with _INDEX_LOCK:
        _INDEXES[fp] = idx
        while len(_INDEXES) > _MAX_INDEXES:
            _INDEXES.popitem(last=False)
            heap.release()
    heap.settle()
    return idx


def _semantic_synonyms(semantic: SemanticLayer | None, table: str, column: str | None = None) -> list[str]:
    if semantic is None:
        return []
    entry = semantic.tables.get(table) or {}
    if column is not None:
        entry = (entry.get("columns") or {}).get(column) or {}
    out = list(entry.get("synonyms") or [])
    desc = entry.get("description")
    if desc and len(desc) <= 20:
        out.append(desc)
    return out


def _semantic_values(semantic: SemanticLayer | None, table: str, column: str) -> dict[str, list[str]]:
    """A column's value synonyms from the semantic layer: {"Republic": ["共和制", "共和国"]}."""
    if semantic is None:
        return {}
    entry = ((semantic.tables.get(table) or {}).get("columns") or {}).get(column) or {}
    values = entry.get("values") or {}
    return {str(v): list(words or []) for v, words in values.items()} if isinstance(values, dict) else {}


def build_index(schema: Schema, semantic: SemanticLayer | None, fp: str) -> SchemaIndex:
    phrases: dict[str, list[Link]] = defaultdict(list)
    terms: list[str] = []
    stems: dict[str, list[Link]] = defaultdict(list)
    sounds: dict[str, list[Any]] = defaultdict(list)
    part_names: set[str] = set()

    def put(key: str, link: Link) -> None:
        if not key:
            return
        bucket = phrases[key]
        for i, old in enumerate(bucket):
            if (old.kind, old.table, old.column, old.value) == (
                link.kind,
                link.table,
                link.column,
                link.value,
            ):
                if link.score > old.score:
                    bucket[i] = link
                return
        bucket.append(link)

    tables: dict[str, TableIndex] = {}
    for table in schema.tables:
        t_full, t_content = _name_keys(table.name)
        t_words = set(t_full.split()) | set(t_content)
        t_syn = list(table.synonyms) + _semantic_synonyms(semantic, table.name)
        t_aliases = name_aliases(table.name, set(), t_syn)
        t_aliases |= {k: v for k, v in agent_aliases(t_aliases).items() if k not in t_aliases}
        for key, score in t_aliases.items():
            put(key, Link("table", table.name, score=score))
        for key in table_concept_words(t_content):  # 成交 for sales: the rows' noun in the other language
            put(key, Link("table", table.name, score=TABLE_CONCEPT_SCORE))
        zh_names = [k for k, score in t_aliases.items() if score >= 0.9 and CJK_RE.search(k)]
        for ch in head_characters(t_content[-1] if t_content else "", zh_names):  # 车 of 汽车
            put(ch, Link("table", table.name, score=HEAD_CHARACTER_SCORE))
        terms.append(table.name)
        cols: dict[str, ColumnInfo] = {}
        flag_objects = table_flag_objects([c.name for c in table.columns])  # 是否收到回电: 回电, callback
        for col in table.columns:
            info = column_info(col, table)
            info.aggregation = semantic.aggregations.get(f"{table.name}.{col.name}") if semantic else None
            cols[col.name] = info
            syn = list(col.synonyms) + _semantic_synonyms(semantic, table.name, col.name)
            if col.description and len(col.description) <= 20:
                syn.append(col.description)
            inflected = _inflected_table_name(col.name, t_full)
            for key, score in name_aliases(col.name, t_words, syn).items():
                if inflected and CJK_RE.search(key) and t_aliases.get(key, 0.0) >= score:
                    continue  # the table's word: 鸟击 "bird strike" is bird_strikes, not birds_struck
                put(key, Link("column", table.name, col.name, score=score))
            for word in tally_keys(t_words, col):  # births over us_births.出生人数: the count's own noun
                put(phrase_key(word), Link("column", table.name, col.name, score=TALLY_SCORE))
            terms.append(col.name)
            if info.role == "bool":
                if (v := not_offered(info.values)) is not None:  # 'No phone service', said as such
                    put(phrase_key(v), Link("value", table.name, col.name, v, 1.0))
                _add_antonyms(col.name, t_words, syn, table.name, put)
                for key, score in flag_objects.get(col.name, {}).items():
                    put(key, Link("column", table.name, col.name, score=score))
                for key, on in flag_state_words(col.name).items():  # 知否: 已知 known on, 未知 off
                    put(key, Link("column", table.name, col.name, None if on else False, DONE_SCORE))
            for value, words in _semantic_values(semantic, table.name, col.name).items():
                for word in words:  # a person's names for a stored value: 共和制 for 'Republic'
                    put(phrase_key(word), Link("value", table.name, col.name, value, 0.97))
                    terms.append(word)
            if info.role in ("dimension", "text", "id") and info.values:
                for stem, v in keynames.company_stems(info.values).items():  # 苹果 "apple" for 'Apple Inc.'
                    stems[stem].append(Link("value", table.name, col.name, v, keynames.STEM_SCORE))
                    if " " in stem:  # "Delta Air Lines" for 'Delta Air Lines Inc.': no plain word
                        put(stem, Link("value", table.name, col.name, v, keynames.STEM_SCORE))
                valuenames.put_value_names(info.values, table.name, col.name, put, sounds)  # Dubai crude
                zh_named = namevalues.chinese_names(info.values)  # 麦当娜 'Madonna'
                part_names.update(namevalues.part_keys(zh_named))
                for zh, named_values in zh_named.items():
                    for v, score in named_values:
                        put(phrase_key(zh), Link("value", table.name, col.name, v, score))
                for v in info.values:
                    if not isinstance(v, str) or is_number_text(v) or not v.strip():
                        continue
                    if len(v) > MAX_VALUE_CHARS:
                        continue
                    key = phrase_key(v)
                    if not key:
                        continue
                    code = len(key) <= 1 and not CJK_RE.search(key)  # 'F' / 'M': only its names link
                    for said, score in keynames.value_aliases(v, col.name):  # credit card, G级
                        put(said, Link("value", table.name, col.name, v, score))
                    for spoken in namevalues.english_aliases(v):  # Faith Hill for 'Hill, Faith'
                        put(phrase_key(spoken), Link("value", table.name, col.name, v, 0.95))
                    if key in STOP_WORDS and not code:
                        continue
                    if not code and not copula_value(key):
                        put(key, Link("value", table.name, col.name, v, 1.0))
                        for form in hyphen_forms(key):  # 'One year': one-year; 'Month-to-month'
                            put(form, Link("value", table.name, col.name, v, HYPHEN_SCORE))
                        # a code ('CD', 'US', 'DAY') is no word: no translations (日 is no airport);
                        # a short word, lexicon translations only
                        upper = v.isupper() and len(v) <= 4
                        dictionary = not (upper or len(key) <= 2) and not other_names(v)
                        senses = dictionary_translations(key) if CJK_RE.search(key) else ()
                        for t in () if upper else _value_translations(key, dictionary, v):
                            if says_the_value(t, key):  # 的 is "of" before it is "taxi"
                                late = t in senses[SENSES_FIRST:] and t not in senses[:SENSES_FIRST]
                                put(t, Link("value", table.name, col.name, v, LATE_SENSE if late else 0.9))
                    for other in () if code and len(info.values) > 3 else other_names(v):  # F of A-G
                        other_key = phrase_key(other)
                        long_enough = len(other_key.replace(" ", "")) >= 2
                        if long_enough and other_key not in STOP_WORDS:
                            put(other_key, Link("value", table.name, col.name, v, 0.95))
                            terms.append(other)
                    if CJK_RE.search(v) and len(v) <= 12:
                        terms.append(v)
                        for suffix in ("部", "省", "市", "区", "县", "组", "中心", "公司"):
                            stem = v[: -len(suffix)]
                            if v.endswith(suffix) and len(stem) >= 2:
                                put(phrase_key(stem), Link("value", table.name, col.name, v, 0.8))
        for key, column, score in pair_aliases(list(cols)):  # high temp -> temp_max
            put(key, Link("column", table.name, column, score=score))
        grain = table_grain(table, cols)  # what one row is (grain.py)
        tables[table.name] = TableIndex(table.name, table.row_count, cols, sorted(t_words), grain)
        for c in cols.values():  # a count of a cell's things sums (measures.count_column)
            c.in_cells = grain.cells and c.role == "measure"
            c.in_panel = grain.panel is not None and c.role == "measure"
        for noun in ROW_NOUNS:
            put(phrase_key(noun), Link("table", table.name, score=ROW_NOUN_SCORE))
        rows_noun = key_noun(cols, t_words, {c for fk in table.foreign_keys for c in fk.columns})
        for said, score in rows_noun_aliases(rows_noun, name_aliases):  # employee_id: employees; games
            put(said, Link("table", table.name, score=score * KEY_NOUN_SCALE))
        for key, column, score in attributes_of_rows(rows_noun, list(cols)):  # 简历质量 of 简历: 质量
            put(key, Link("column", table.name, column, score=score))
        for word in t_content:  # exam_scores: "exam score" is the table and also its score column
            if word in cols and cols[word].numeric and t_full != word:
                put(t_full, Link("column", table.name, word, score=0.85))
    for key, ref in keynames.key_names(
        schema
    ):  # purpose_id -> 贷款用途: "purpose", "loan purpose" (keynames.py)
        if not any(
            lk.kind in ("table", "column") and lk.score >= keynames.KEY_NAME_SCORE for lk in phrases[key]
        ):
            put(
                key, Link("table", ref, score=keynames.KEY_NAME_SCORE)
            )  # unless the words name something already
    if semantic is not None:
        for metric in semantic.metrics:
            target = metric.table or (schema.tables[0].name if schema.tables else "")
            for name in [metric.name, *metric.synonyms]:
                put(phrase_key(name), Link("metric", target, None, metric.name, 1.0))
                terms.append(name)
    phrases.update(short_place_names(phrases))  # 得州 for 'Texas' (得克萨斯州)
    phrases.update(nominal_keys(phrases))  # positivity for 'positive' (阳性)
    max_len = max((len(k.split()) for k in phrases), default=1)
    max_len = max(max_len, max(len(k.split()) for k in keyword_map()))
    vocab = sorted(k for k in phrases if " " not in k and k.isascii() and len(k) >= 4)
    index = SchemaIndex(
        fp, tables, dict(phrases), max_len, vocab, terms, schema.dialect, _lemma_keys(phrases)
    )
    index.stems, index.sounds = dict(stems), dict(sounds)
    index.memo["part_names"] = {"": part_names}
    return index


def _inflected_table_name(column: str, table_key: str) -> bool:
    """A column named by the table's own words in another form (birds_struck in bird_strikes): a
    translation both reach is the table's noun, as the English name is (the rows, counted as rows); a
    column named as the table is (comet in comets) still shares it."""
    full = _name_keys(column)[0]
    return full != table_key and bilingual.base_key(full) == bilingual.base_key(table_key)


def _lemma_keys(phrases: dict[str, list[Link]]) -> dict[str, list[Link]]:
    """English phrase keys by their words' lemmas, where that differs from the key itself."""
    out: dict[str, list[Link]] = defaultdict(list)
    for key, links in phrases.items():
        if not key.isascii() or not key.replace(" ", "").isalpha():
            continue
        lemma_key = bilingual.base_key(key)
        if lemma_key != key and lemma_key not in phrases:
            out[lemma_key].extend(
                Link(lk.kind, lk.table, lk.column, lk.value, lk.score * 0.95) for lk in links
            )
    return dict(out)


def _lemma_match(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """The longest schema phrase at i when its words are compared by lemma: "cancelled" ~ 'CANCELED',
    "shipped" ~ 'Ship', "suppliers" ~ supplier. Only tried where the exact keys found nothing."""
    u = units[i]
    if not (u.is_word and u.text.isascii() and u.key not in STOP_WORDS):
        return None
    for length in range(min(index.max_len, len(units) - i), 0, -1):
        chunk = units[i : i + length]
        if not all(c.is_word and c.text.isascii() for c in chunk):
            continue
        key = bilingual.base_key(" ".join(c.key for c in chunk))
        links = index.phrases.get(key) or index.bases.get(key)
        if links:
            return Item(i, i + length, "match", key, links=list(links))
    return plural_of_ie_value(u, i, index)


# A value spelt like a word every schema uses for its columns ('ID', Indonesia's code) is no translation of
# that word: 代码 / 编号 ask for a code column, not for the row whose value is 'ID'.
SCHEMA_WORDS = frozenset(("id", "code", "name", "type", "no", "number", "key"))


def _value_translations(key: str, dictionary: bool, value: str = "") -> tuple[str, ...] | list[str]:
    if key in SCHEMA_WORDS:
        return ()
    # a dictionary's also under the value's own words: 'New South Wales' is no "wale" (the key is lemmatised)
    spelt = " ".join(re.findall(r"[a-z]+", value.lower()))
    extra = dictionary_translations(spelt) if dictionary and spelt != key else ()
    return tuple(dict.fromkeys([*linked_translations(key), *extra])) if dictionary else translations(key)


def _noun_after_de(items: list[Item], tags: Any, links: Any) -> Any:
    """治疗的描述 / 类型描述: after 的 or a Chinese noun a word is a noun, so a list verb that also names a
    column (描述 = describe / description) is the column there."""
    if not tags or "list" not in tags or not items:
        return tags
    after_noun = CJK_RE.search(items[-1].text) and any(
        lk.kind in ("column", "table") for lk in items[-1].links
    )
    if items[-1].text != "的" and not after_noun:  # 治疗的描述 / 治疗类型描述
        return tags
    if not any(lk.kind == "column" for lk in links or ()):
        return tags
    return [t for t in tags if t != "list"]


QUOTE_RE = re.compile(r"''\s*(.+?)\s*''|\"([^\"]+)\"|(?<![a-z0-9])'([^']+)'(?![a-z0-9])")


def match(text: str, units: list[Unit], index: SchemaIndex, spans: list[tuple[int, int, Any]]) -> list[Item]:
    """Greedy longest-phrase matching over units; `spans` are pre-recognised (char start, end, value) times."""  # noqa: E501
    kw = keyword_map()
    items: list[Item] = []
    i = 0
    n = len(units)
    span_at: dict[int, tuple[int, int, Any]] = {}
    for s, e, value in spans:
        for k, u in enumerate(units):
            if u.start >= s and u.end <= e:
                span_at.setdefault(k, (s, e, value))
    quotes = _quote_spans(text, units)
    run = [0] * (n + 1)  # how many content units (no punctuation) start at each position
    for k in range(n - 1, -1, -1):
        run[k] = run[k + 1] + 1 if units[k].is_content else 0
    while i < n:
        if i in span_at and getattr(span_at[i][2], "kind", "") == "grain":
            s, e, value = span_at[i]
            longer = _schema_phrase(units, i, index, e)
            if longer is not None:
                items.append(longer)
                i = longer.end
                continue
        if i in span_at:
            s, e, value = span_at[i]
            named = _schema_phrase(units, i, index, e, kinds=("value",))
            if named is not None:  # "the 2024 Spring term": a value of the data, not the year 2024
                items.append(named)
                i = named.end
                continue
            j = i
            while j < n and units[j].end <= e:
                j += 1
            items.append(Item(i, j, "time", text[s:e], value=value))
            i = j
            continue
        if i in quotes:
            j, raw = quotes[i]
            key = phrase_key(raw)
            links = [lk for lk in index.phrases.get(key, []) if lk.kind == "value"]
            links = links or glosses.quoted_value_links(raw, index)  # “海地” for 'Haiti'
            if not links and NUMBER_RE.fullmatch(raw):  # 人口是“80000”: a number no text column holds
                items.append(Item(i, j, "num", raw, value=_number(raw)))
            else:
                items.append(Item(i, j, "quote", raw, links=links, value=raw))
            i = j
            continue
        u = units[i]
        if not (u.is_cjk or u.is_word or u.is_number):
            if u.text in kw:
                items.append(Item(i, i + 1, "match", u.text, tags=list(kw[u.text])))
            else:
                items.append(Item(i, i + 1, "punct", u.text))
            i += 1
            continue
        found = codenames.chinese_code_name(units, i, index)  # 新南威尔士州 for 'NSW'
        found = found or valuewords.value_name(units, i, index, kw)  # 采矿和伐木业 for 'Mining and Logging'
        found = found or slashed_value(units, i, index)  # Clark/Lake for 'Clark/Lake'
        if found is not None:
            items.append(found)
            i = found.end
            continue
        length, key = _longest_key(units, i, min(index.max_len, run[i]), index, kw)
        if length and not (length == 1 and u.is_number and not index.phrases.get(key)):
            found_links = index.phrases.get(key)
            tags = _noun_after_de(items, kw.get(key), found_links)
            found = Item(i, i + length, "match", key, links=list(found_links or []), tags=list(tags or []))
        found = glosses.longer_word(units, i, index, kw, found) or found  # 日子 (day), not 日 (sun) + 子
        if found is None and not u.is_number:
            found = _lemma_match(units, i, index) or adjective_value(units, i, index)  # aired ~ air
            found = found or superlative_of_column(units, i, index)  # windiest ~ wind
        if found is None or found.end <= i + 1:
            found = initialled(units, i, index) or found  # "first name" for Fname
        weak = best_score(found) if found is not None and not found.tags else None
        if found is None and u.is_cjk and glosses.ends_a_word(items, u.text):
            found = Item(i, i + 1, "word", u.key)  # 股票价格: 票 ends 股票, so 票价 is not read
        if found is None or (weak is not None and weak < 0.85):
            spelt = glosses.chinese(units, i, index, kw) if u.is_cjk else abbreviated(units, i, index)
            extends = spelt is not None and found is not None and spelt.end > found.end  # 市 -> 市盈率
            if spelt is not None and (found is None or (extends and best_score(spelt) > (weak or 0) + 0.1)):
                found = spelt
        if found is None:
            if u.is_number:
                found = Item(i, i + 1, "num", u.text, value=_number(u.text))
            else:
                heard = valuenames.by_sound(units, i, index)  # Brent for 布伦特原油
                found = heard or fuzzy_word(u, i, index) or Item(i, i + 1, "word", u.key)
        items.append(found)
        i = found.end
    items = lone_weak_cuts(glosses.qualified_names(items, index))
    items = glosses.per_names(glosses.completed_heads(glosses.ambiguous_starts(items), index), index)
    items = whole_gloss_wins(glosses.numbered_heads(glosses.kind_nouns(items, index), index), index)
    items = quantity_nouns(items, index, units)  # 出口量 / exports over a grid: the quantity column
    items = restated_column_nouns(items)  # 急诊患者: 患者 of 患者类型, no value of 人群类别
    return charnames.short_names(pick_extreme(glosses.keyword_completions(items, index), index), index)


def _longest_key(
    units: list[Unit], i: int, limit: int, index: SchemaIndex, kw: dict[str, list[str]]
) -> tuple[int, str]:
    """The most units from i (at most `limit`) whose key the index or the keywords hold, and that key;
    (0, "") when none. Grown a unit at a time while some phrase still starts with the key so far."""
    prefixes = _key_prefixes(index, kw)
    best: tuple[int, str] = (0, "")
    key = ""
    for length in range(1, limit + 1):
        key = units[i].key if length == 1 else f"{key} {units[i + length - 1].key}"
        if key not in prefixes:
            break
        if index.phrases.get(key) or kw.get(key):
            best = (length, key)
    return best


def _key_prefixes(index: SchemaIndex, kw: dict[str, list[str]]) -> frozenset[str]:
    """Every leading run of words of a phrase key or keyword key ("a b c": "a", "a b", "a b c"), built
    once per index: a key outside it starts no phrase, so no longer chunk need be tried."""
    if index.key_prefixes is None or index.key_prefixes[0] is not kw:
        out: set[str] = set()
        for key in (*index.phrases, *kw):
            words = key.split(" ")
            out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
        index.key_prefixes = (kw, frozenset(out))
    return index.key_prefixes[1]


def _schema_phrase(
    units: list[Unit], i: int, index: SchemaIndex, span_end: int, kinds: tuple[str, ...] = ()
) -> Item | None:
    """A schema phrase starting at i that runs past a time phrase: "monthly salary" is a column.

    With `kinds`, only links of those kinds count (a profiled value such as '2024 Spring').
    """
    for length in range(min(index.max_len, len(units) - i), 1, -1):
        chunk = units[i : i + length]
        if chunk[-1].end <= span_end:
            break
        links = [
            lk
            for lk in index.phrases.get(" ".join(c.key for c in chunk), [])
            if not kinds or lk.kind in kinds
        ]
        if links and max(lk.score for lk in links) >= 0.85:
            return Item(i, i + length, "match", " ".join(c.key for c in chunk), links=list(links))
    return None


def _number(text: str) -> float | int:
    text = text.rstrip("%")
    if text.endswith(".0") and text[:-2].isdigit():
        return int(text[:-2])  # 2,000 (written 2000.0 so that it is no year) is the whole number 2000
    return float(text) if "." in text else int(text)


def _quote_spans(text: str, units: list[Unit]) -> dict[int, tuple[int, str]]:
    out: dict[int, tuple[int, str]] = {}
    for m in QUOTE_RE.finditer(text):
        raw = next(g for g in m.groups() if g is not None).strip()
        if not raw or len(raw) > MAX_VALUE_CHARS:
            continue
        first = next((k for k, u in enumerate(units) if u.start >= m.start()), None)
        if first is None:
            continue
        last = first
        while last < len(units) and units[last].end <= m.end():
            last += 1
        if last > first:
            out[first] = (last, raw)
    return out
