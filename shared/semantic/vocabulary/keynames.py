"""Names a schema gives its values and tables beyond their own spelling (used by `linking.build_index`).

- A stored code in snake_case is said as its words: 'credit_card' = "credit card".
- A one- or two-character code with a column's Chinese noun: G级 / G等级 = 等级 'G' (as "grade G" is).
- A company's name without its legal suffix ('Apple Inc.' -> apple), read through a Chinese gloss.
- A foreign key named <noun>_id calls the table it points to by that noun: purpose_id -> "purpose" (and
  "loan purpose" with the fact's own noun), where the table's own name is in another language or word;
  a Chinese one named <noun>编号 / 编码 (伤情编码) calls a table with a non-Chinese name by its noun (伤情).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS
from shared.semantic.vocabulary.segment import CJK_RE, lemma, phrase_key, split_identifier

SNAKE_VALUE_SCORE = 0.95  # a snake_case code said as its words (credit card for credit_card)
CODE_NOUN_SCORE = 0.95  # a code said with its column's Chinese noun (G级)
KEY_NAME_SCORE = 0.85  # a table called by the noun of a foreign key pointing at it (purpose_id)


def key_names(schema: Schema) -> list[tuple[str, str]]:
    """A one-column foreign key named <noun>_id / _code / _key (purpose_id -> 贷款用途.用途编号) calls the
    table it points to by that noun: "purpose", and with the fact's own noun before it, "loan purpose"
    (loans). The table's own name may be in another language or another word; a table's two keys to one
    table (student_id, friend_id) are roles, and words naming a table or column already keep it."""
    tables = {t.name for t in schema.tables}
    out = _chinese_key_names(schema, tables)  # 伤情编码 -> injury_levels: no <noun>_id below
    for table in schema.tables:
        own = [lemma(w) for w in split_identifier(table.name) if w not in STOP_WORDS]
        refs = [fk.ref_table for fk in table.foreign_keys]
        for fk in table.foreign_keys:
            if refs.count(fk.ref_table) > 1:  # friend_id and student_id: roles of one table, not its name
                continue
            words = split_identifier(fk.columns[0]) if len(fk.columns) == 1 else []
            if len(words) < 2 or words[-1] not in ("id", "code", "key") or fk.ref_table not in tables:
                continue
            noun = phrase_key(" ".join(words[:-1]))
            ref_words = {w for w in split_identifier(fk.ref_table) for w in (w, w.removesuffix("s"))}
            if not noun or noun in STOP_WORDS or set(noun.split()) & ref_words:
                continue  # size_code -> Sizes: the table's own name says the noun (its linking decides)
            out.append((noun, fk.ref_table))
            if own and CJK_RE.search(own[-1]) is None and not noun.startswith(own[-1]):
                out.append((f"{own[-1]} {noun}", fk.ref_table))
    return out


ZH_KEY_ENDINGS = ("编号", "编码", "代码", "代号")  # 伤情编码, 速度区间编号: a key said with its noun before


def chinese_key_noun(column: str) -> str:
    """The noun of a Chinese foreign key (伤情编码 -> 伤情): the words before its key ending, two or more
    Chinese characters, naming the kind of thing the key points at."""
    for ending in ZH_KEY_ENDINGS:
        noun = column.removesuffix(ending)
        if noun != column and len(noun) >= 2 and all(CJK_RE.match(ch) for ch in noun):
            return noun
    return ""


HEAD_SCORE = 0.85  # 死 for '死亡': the word's own first character, meaning what it means


def head_character(value: str) -> str:
    """A two-character Chinese value whose first character alone means what it means (死亡 "to die",
    死 "to die"): the verb said alone (死了多少人) names the value. Its first dictionary gloss is the same."""
    if len(value) != 2 or not all(CJK_RE.match(ch) for ch in value):
        return ""
    whole, head = bilingual.english_for(value), bilingual.english_for(value[0])
    return value[0] if whole and head and whole[0] == head[0] else ""


def _chinese_key_names(schema: Schema, tables: set[str]) -> list[tuple[str, str]]:
    fks = [fk for t in schema.tables for fk in t.foreign_keys]
    referrers: dict[str, int] = defaultdict(int)
    for fk in fks:
        referrers[fk.ref_table] += 1
    # a table one key points at (a star's dimension): several facts' keys to it may say other things
    return [
        n
        for fk in fks
        if referrers[fk.ref_table] == 1
        for n in _chinese_names(fk.columns, fk.ref_table, tables)
    ]


def _chinese_names(columns: list[str], ref: str, tables: set[str]) -> list[tuple[str, str]]:
    """伤情编码 -> injury_levels: "伤情"; 速度区间编号 -> speed_bands: "速度区间", "区间" (a table whose own
    name is not Chinese)."""
    zh = chinese_key_noun(columns[0]) if len(columns) == 1 else ""
    if not zh or ref not in tables or CJK_RE.search(ref) is not None:
        return []
    return [(phrase_key(n), ref) for n in chinese_key_words(zh)]


def chinese_key_words(noun: str) -> list[str]:
    """A Chinese key's noun and, for a compound of four characters or more, its head (the last two: 速度区间
    is an 区间, an interval), which says the same kind of thing on its own."""
    return [noun, noun[-2:]] if len(noun) >= 4 else [noun]


def code_with_noun(value: str, column: str) -> list[str]:
    """A one- or two-character code ('G', 'B', 'A1') of a column with a Chinese name said before the name
    or its last character, as a classifier: G级 / G等级 for 等级 'G', B型 for 血型 'B'. Phrase keys."""
    if not (1 <= len(value) <= 2 and value.isascii() and value.isalnum() and value[0].isalpha()):
        return []
    if len(column) < 2 or not all(CJK_RE.match(ch) for ch in column):
        return []
    return [phrase_key(f"{value} {column[-1]}"), phrase_key(f"{value} {column}")]


def snake_words(value: str) -> str:
    """A stored code written in snake_case ('credit_card', 'home_improvement'): its words as said."""
    if "_" not in value.strip("_") or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+", value):
        return ""
    return phrase_key(value.replace("_", " "))


INITIALS_SCORE = 0.85  # R&D for Research_Development: the usual short form, not the words


def value_aliases(value: str, column: str) -> list[tuple[str, float]]:
    """Phrase keys a stored value is also said by, with how sure: its snake_case words, a code with its
    column's Chinese noun."""
    out = [(said, CODE_NOUN_SCORE) for said in code_with_noun(value, column)]
    head = head_character(value)
    if head:
        out.append((phrase_key(head), HEAD_SCORE))
    spaced = snake_words(value)
    if spaced and spaced not in STOP_WORDS:
        out.append((spaced, SNAKE_VALUE_SCORE))
    words = spaced.split()
    if len(words) == 2:  # Research_Development: "research and development", "R&D" (r and d)
        out.append((f"{words[0]} and {words[1]}", SNAKE_VALUE_SCORE))
        out.append((f"{words[0][0]} and {words[1][0]}", INITIALS_SCORE))
    return out + joined_spellings(value)


JOINED_SCORE = 0.95


def joined_spellings(value: str) -> list[tuple[str, float]]:
    """A name written with hyphens where the data writes spaces, or the reverse ('Chick Fil-A' said
    Chick-fil-A, 'Coca-Cola' said Coca Cola): its words joined either way name it."""
    words = [w for w in re.split(r"[\s-]+", value.strip()) if w]
    if len(words) < 2 or not ("-" in value or " " in value):
        return []
    key = phrase_key(value)
    forms = {phrase_key("-".join(words)), phrase_key(" ".join(words))} - {key}
    return [(f, JOINED_SCORE) for f in sorted(forms) if f and f not in STOP_WORDS]


COMPANY_SUFFIXES = frozenset(
    ["inc", "corp", "corporation", "co", "company", "llc", "plc"]
)  # not ltd: a car trim
STEM_SCORE = 0.9


def company_stems(values: list[Any]) -> dict[str, str]:
    """A company's name without its legal suffix ('Apple Inc.' -> apple), where one value of the column
    has that stem: people say 苹果公司, not the registered name. Read only through a Chinese word's gloss
    (`glosses.named`): in English the stem may be a plain word ("Target", "Gap")."""
    stems: dict[str, list[str]] = defaultdict(list)
    for v in values:
        if not isinstance(v, str):
            continue
        words = phrase_key(v).split()
        if len(words) >= 2 and words[-1] in COMPANY_SUFFIXES and len(words[0]) >= 3:
            stem = " ".join(words[:-1])
            if stem not in STOP_WORDS:
                stems[stem].append(v)
    return {stem: found[0] for stem, found in stems.items() if len(found) == 1}
