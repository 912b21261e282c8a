"""Runs of Chinese characters no clause read, cut into the words reported as not understood: a stop
character joins a run only where it makes a word (产地, 对照, 可可), and function words split a run."""

from __future__ import annotations

from shared.ask.engines.rules.parsecommon import FUNCTION_WORDS, GENERIC_NOUNS, ZH_STOP, words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.segment import CJK_RE

# stop characters that also spell foreign names by sound (塔可钟, 马里奥): inside an unread run they join it
NAME_SOUND_CHARS = frozenset(words("name_sound_chars"))
ZH_FUNCTION_WORDS = sorted((w for w in FUNCTION_WORDS if CJK_RE.search(w)), key=len, reverse=True)


def extends_run(run: str, it: Item, nxt: Item | None = None) -> bool:
    """A Chinese character not read by any clause joins the run of characters before it: any but a stop
    character, and a stop character too when it completes a dictionary word (产地 comes as 产 + 地) or opens
    a verb with the unread character after it (对照 comes as 对 + 照; 其余, 个体 name the rows, no action)."""
    if it.kind != "word" or not CJK_RE.fullmatch(it.text):
        return False
    if it.text not in ZH_STOP:
        return True
    if (
        it.text in NAME_SOUND_CHARS
        and run
        and _between_unread(nxt)
        and not bilingual.senses(run[-1] + it.text)
    ):
        return True  # 塔可钟: a name spelt by sound holds 可 inside (可以 / 拥有 are words of their own)
    if len(run) == 1:
        return bool(bilingual.english_for(run + it.text))
    doubled = nxt is not None and nxt.kind == "word" and _doubled_noun(it.text + nxt.text)
    return not run and (_opens_word(it, nxt) or doubled)


def _between_unread(nxt: Item | None) -> bool:
    """The next item is an unread Chinese character that is no stop character: a stop character between
    two unread ones is inside a word not understood, not a word of its own."""
    return (
        nxt is not None
        and nxt.kind == "word"
        and bool(CJK_RE.fullmatch(nxt.text))
        and nxt.text not in ZH_STOP
    )


def _opens_word(it: Item, nxt: Item | None) -> bool:
    """对照 (a verb), or a stop character doubled into a noun (可可 "cocoa": no 可 of 可以)."""
    if nxt is None or nxt.kind != "word" or not CJK_RE.fullmatch(nxt.text):
        return False
    if nxt.text == it.text:
        return _doubled_noun(it.text * 2)
    return nxt.text not in ZH_STOP and bilingual.first_sense_verb(it.text + nxt.text)


def _doubled_noun(word: str) -> bool:
    """A doubled character glossed by one noun-only word (可可 "cocoa"), no adverb (常常, 渐渐), no
    quantifier (多多 "many", 人人 "everyone")."""
    if len(word) != 2 or word[0] != word[1]:
        return False
    glossed = bilingual.english_for(word)
    first = glossed[0] if glossed else ""
    if not first.isalpha() or len(first) < 5 or first.startswith("every"):
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    return set(getAllLemmas(first)) <= {"NOUN"}


def content_runs(run: str) -> list[str]:
    """A run of unread characters less the words without content in it (类型 comes as 类 + 型; 来自相应
    is two function words): what is left of two characters or more is not understood."""
    if len(run) < 2 or run in GENERIC_NOUNS:
        return []
    if _doubled_noun(run):
        return [run]  # 可可 (cocoa) is no pair of 可 "can"
    for word in ZH_FUNCTION_WORDS:
        run = run.replace(word, " ")
    return [w for w in run.split() if len(w) >= 2 and w not in GENERIC_NOUNS]
