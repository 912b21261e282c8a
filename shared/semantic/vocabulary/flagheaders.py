"""Chinese headers of yes/no columns and of two-word compounds, named in both languages.

A yes/no column is headed 是否X (是否乐队成员) or X否 (在职否, 知否: "X or not"); its flag is X. A
one-character X is a verb whose done / not-done forms say the flag's two states (已知 "known" on, 未知
"unknown" off). A flag's four-character header CC-CEDICT does not hold whole but as two words (乐队 + 成员)
is also named by their glosses joined ("band member", "pop group member"), as English speakers name it.
"""

from __future__ import annotations

import itertools
from typing import Any

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key
from shared.semantic.vocabulary.translation import dictionary_translations, keyword_map, translations

DONE_SCORE = 0.9  # the dictionary's word for the done / not-done form names the flag's state outright
COMPOUND_SCORE = 0.85  # glosses joined: good evidence, not the header's own name
HEAD_SCORE = 0.8
GLOSSES = 3
PLAIN_GLOSSES = 2  # any other header: only each half's first senses (等级's third, "status", misleads)
PLAIN_SCORE = 0.85
PLAIN_HEAD_SCORE = 0.75  # a plain header's first half by its gloss's head: 稻谷 "unhusked rice" -> rice


def not_offered(values: list[Any]) -> str | None:
    """Yes / No / 'No internet service': a yes/no whose third value says why a row cannot be yes (the thing
    is not offered to it), read as a flag (with X is Yes, without X anything but Yes). That third value."""
    said = {str(v).strip().lower(): v for v in values}
    if len(said) != 3 or "yes" not in said or "no" not in said:
        return None
    third = next(v for k, v in said.items() if k not in ("yes", "no"))
    named = isinstance(third, str) and third.lower().startswith("no ") and len(third.split()) >= 2
    return third if named else None


def flag_core(name: str) -> str:
    """是否乐队成员 -> 乐队成员, 知否 -> 知; any other header is its own core."""
    if name.startswith("是否") and len(name) > 2:
        return name[2:]
    if name.endswith("否") and len(name) > 1 and not name.endswith("是否") and CJK_RE.fullmatch(name[-2]):
        return name[:-1]
    return name


ASPECT_SCORE = 0.95  # 系了安全带 for 是否系安全带: the flag's verb said done


def aspect_forms(name: str) -> list[str]:
    """是否系安全带 -> 系了安全带: a yes/no header of a one-character verb and its object (a dictionary word)
    is also said with the verb marked done (了), as people say what happened. Phrase keys."""
    core = flag_core(name)
    if core == name or len(core) < 3 or not all(CJK_RE.match(ch) for ch in core):
        return []
    if not (bilingual.english_for(core[0]) and bilingual.english_for(core[1:])):
        return []
    return [phrase_key(f"{core[0]}了{core[1:]}")]


def flag_state_words(name: str) -> dict[str, bool]:
    """知否: 已知 / known turn the flag on, 未知 / unknown off (phrase keys -> the state they say)."""
    core = flag_core(name)
    if core != name and len(core) > 2:
        return _having_states(name)
    if core == name or len(core) != 1:
        return {}
    forms = {on: phrase_key(prefix + core) for prefix, on in (("已", True), ("未", False))}
    glosses = {on: _content_glosses(key) for on, key in forms.items()}
    if not all(glosses.values()):
        return {}  # both states must be content words: 已经 / 未经 (already, without) are grammar
    out: dict[str, bool] = {}
    for on, key in forms.items():
        out[key] = on
        for word in glosses[on]:
            out.setdefault(word, on)
    return out


def _content_glosses(key: str) -> list[str]:
    """One-word glosses that are no grammar word (married; not already, without)."""
    return [
        w
        for w in dictionary_translations(key)[:GLOSSES]
        if " " not in w and w not in STOP_WORDS and w not in keyword_map()
    ]


def compound_english(core: str, flag: bool = True) -> dict[str, float]:
    """乐队成员 (no dictionary entry whole) -> "band member", "pop group member", "group member": each
    half's glosses, the first one also by its last word (the head of "pop group"). A header that is no
    flag (合同类型) is named by each half's first two senses only ("contract type"), and more weakly; by
    a two-word sense's head more weakly still (稻谷价格: "unhusked rice price", "rice price")."""
    if (
        not 4 <= len(core) <= MAX_COMPOUND
        or not all(CJK_RE.fullmatch(ch) for ch in core)
        or dictionary_translations(phrase_key(core))
    ):
        return {}
    if len(core) > 4:
        return _long_compound_english(core, flag)
    senses, score = (GLOSSES, COMPOUND_SCORE) if flag else (PLAIN_GLOSSES, PLAIN_SCORE)
    first = dictionary_translations(phrase_key(core[:2]))[:senses]
    rest = dictionary_translations(phrase_key(core[2:]))
    second = [g for g in rest[:senses] if " " not in g]
    if flag and not rest:  # 是否自动扣款: 扣款 unglossed, the flag is "automatic", by its first word
        return {a: HEAD_SCORE for a in first[:1] if " " not in a}  # (收到回电: 回电 glossed in phrases only)
    out: dict[str, float] = {}
    for a in first:
        for b in second:
            out[f"{a} {b}"] = score
            if " " in a:  # "union member": the head of "labor union", more weakly; "rice price" (稻谷价格)
                out.setdefault(f"{a.split()[-1]} {b}", HEAD_SCORE if flag else PLAIN_HEAD_SCORE)
    return out


MAX_COMPOUND = 8


def _long_compound_english(core: str, flag: bool) -> dict[str, float]:
    """联邦承包商 = 联邦 + 承包商 "federal contractor", 平等机会雇主 "equal opportunity employer": a header of
    five characters or more cut into two or three dictionary words of two characters or more, named by
    their one-word glosses in order."""
    pieces = _dictionary_cut(core)
    if pieces is None:
        return {}
    senses, score = (GLOSSES, COMPOUND_SCORE) if flag else (PLAIN_GLOSSES, PLAIN_SCORE)
    options = [[g for g in dictionary_translations(phrase_key(p))[:senses] if " " not in g] for p in pieces]
    if not all(options):
        return {}
    return {" ".join(combo): score for combo in itertools.product(*options)}


def _dictionary_cut(core: str) -> list[str] | None:
    """The cut of `core` into the fewest dictionary words (two or three) of two characters or more."""
    for n in (2, 3):
        for cut in itertools.combinations(range(2, len(core) - 1), n - 1):
            bounds = (0, *cut, len(core))
            pieces = [core[a:b] for a, b in itertools.pairwise(bounds)]
            if all(len(p) >= 2 and dictionary_translations(phrase_key(p)) for p in pieces):
                return pieces
    return None


OBJECT_SCORE = 0.85  # 收到回电 named by 回电: the flag's object, what the rows have or not
OBJECT_GLOSS_SCORE = 0.8
PLACEHOLDERS = frozenset({"sb", "sth", "someone", "something", "oneself"})  # "call sb back": call back
# a phrasal verb's particle: "call back" is also written "callback" (checkout, setup, login, layoff)
PARTICLES = frozenset({"back", "up", "out", "off", "in", "down", "over"})
OBJECT_GLOSSES = 3
VERB_GLOSSES = 2


def table_flag_objects(names: list[str]) -> dict[str, dict[str, float]]:
    """Each header's object names (flag_object_names); the object alone is left out where another header
    also holds it or ends on it: 从军经历 and 志愿者经历 share 经历 ("experience"), which names neither, and
    要求电脑技能's 电脑技能 is a column of its own (its verb and object together, "require computer skill",
    still name it)."""
    out: dict[str, dict[str, float]] = {}
    for n in names:
        obj, alone, with_verb = flag_object_names(n)
        shared = any(other != n and flag_core(other).endswith(obj) for other in names)
        keys = with_verb if shared else {**alone, **with_verb}
        if keys:
            out[n] = keys
    return out


def flag_object_names(name: str) -> tuple[str, dict[str, float], dict[str, float]]:
    """是否收到回电 / 获得荣誉 / 有电子邮箱: a yes/no header that is a verb and its object (two characters or
    more the dictionary glosses) is named by the object alone (回电, "call back", "callback", "return
    call") and, in English, by the verb's gloss before the object's ("receive call back"). The object,
    the names it gives alone, the names with the verb."""
    core = flag_core(name) if CJK_RE.search(name) else ""
    for cut in (2, 1):
        verb, obj = core[:cut], core[cut:]
        if (
            len(obj) < 2 or not CJK_RE.fullmatch(obj[0]) or not bilingual.first_sense_verb(verb)
        ):  # 收到, 获得, 有, 要求
            continue
        said = dictionary_translations(phrase_key(obj)) or tuple(compound_english(obj, False))
        said += tuple(t for t in translations(phrase_key(obj)) if t.isascii())  # 电子邮箱: email address
        glosses = [g for g in (_plain_gloss(g) for g in said) if g][:OBJECT_GLOSSES]
        alone = {phrase_key(obj): OBJECT_SCORE} if glosses else {}
        with_verb: dict[str, float] = {}
        for gloss in glosses:
            alone.setdefault(gloss, OBJECT_GLOSS_SCORE)
            words = gloss.split()
            if len(words) == 2 and words[1] in PARTICLES:
                alone.setdefault("".join(words), OBJECT_GLOSS_SCORE)  # callback
            for v in _verb_glosses(verb)[:VERB_GLOSSES]:
                with_verb.setdefault(
                    f"{v} {gloss}", COMPOUND_SCORE
                )  # receive call back, require computer skill
        return obj, alone, with_verb
    return "", {}, {}


def _verb_glosses(word: str) -> list[str]:
    """The verb's one-word glosses, "to" dropped: 收到 receive, 要求 request, require."""
    senses = bilingual.raw_glosses().get(word, "").replace(";", "/").split("/")
    out = [s.strip()[3:] for s in senses if s.strip().startswith("to ")]
    return [w for w in out if w.isalpha()]


def _plain_gloss(gloss: str) -> str | None:
    """A gloss of one or two words, a placeholder left out ("call sb back" -> "call back")."""
    words = [w for w in gloss.split() if w not in PLACEHOLDERS]
    return " ".join(words) if 0 < len(words) <= 2 else None


HEAD_GLOSS_SCORE = 0.8  # the gloss of a header's last word: Chinese compounds end on their head noun
HEAD_WORD_SCORE = 0.6  # that gloss's own last word, as weakly as one word of an English name
HEAD_GLOSSES = 2


def head_english(name: str) -> dict[str, float]:
    """最大风速 / 中心气压 / 系安全带 (no dictionary entry whole) end on a dictionary word, their head noun
    (风速 "wind speed", 气压 "atmospheric pressure", 安全带 "seat belt"): the header is named by that word's
    first two-word glosses, and by such a gloss's last word ("speed", "pressure") as weakly as an English
    name's word, unless a yes/no flag's (a lone weak word would add a filter: the airbag that deployed is no
    是否有安全气囊). The header is read less its unit and its 是否; a whole dictionary word is read whole."""
    core = flag_core(name.partition("_")[0])  # after the underscore: a unit or a qualifier, never the head
    if not 3 <= len(core) <= 6 or not all(CJK_RE.fullmatch(ch) for ch in core):
        return {}
    if dictionary_translations(phrase_key(core)):
        return {}
    for size in (4, 3, 2):
        head = dictionary_translations(phrase_key(core[-size:]))[:HEAD_GLOSSES]
        glosses = [g for g in head if g.count(" ") < 2]
        if len(core) > size and glosses:
            break
    else:
        return {}
    out: dict[str, float] = {}
    for gloss in glosses:
        if " " not in gloss:
            continue  # 权重 "weight", 安全气囊 "airbag": one word may be a value's owner (airbag deployed)
        out[gloss] = HEAD_GLOSS_SCORE
        out.setdefault(gloss.replace(" ", ""), HEAD_GLOSS_SCORE)  # "seatbelt": English writes compounds solid
        last = gloss.split()[-1]
        if core == name.partition("_")[0] and last not in STOP_WORDS and last not in keyword_map():
            out.setdefault(bilingual.base(last), HEAD_WORD_SCORE)
    return out


def _having_states(name: str) -> dict[str, bool]:
    """是否系安全带, headed by 安全带 "seat belt": the English adjective of having the head noun ("belted", a
    form the dictionary's lemmas lead back to "belt") turns the flag on, its un- form ("unbelted") off."""
    out: dict[str, bool] = {}
    for gloss in head_english(name):
        if " " not in gloss:
            continue
        noun = gloss.split()[-1]
        having = noun + ("d" if noun.endswith("e") else "ed")
        if bilingual.base(having) == noun:
            out[having], out["un" + having] = True, False
    return out
