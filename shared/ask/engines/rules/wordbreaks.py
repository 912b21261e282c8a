"""A lone character the segmenter split off a longer word: 副热带风暴 read as 副 + 热带风暴 (tropical storm),
where 副热带 (subtropical) is the dictionary word. The reading then answers about the word after the
character (every tropical storm) and drops what the character changed (sub-): a lone character is no word
not understood, so nothing else says the question was misread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.parsecommon import ZH_STOP
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase


def split_off_a_word(parser: ParserBase) -> str:
    """The dictionary word a lone unread character (no grammar character) forms with the start of the
    word linked to a stored value right after it (副 + 热带 = 副热带), or ""."""
    for pos, it in enumerate(parser.items[:-1]):
        if it.kind != "word" or pos in parser.ps.used or it.text in ZH_STOP or not CJK_RE.fullmatch(it.text):
            continue
        nxt = parser.items[pos + 1]
        if nxt.kind != "match" or not any(lk.kind == "value" for lk in nxt.links):
            continue  # a stored value read without its prefix (not 大 + 面积, "large area")
        text = nxt.text.replace(" ", "")
        for k in range(2, len(text) + 1):
            if bilingual.english_for(it.text + text[:k]):
                return it.text + text[:k]
    return ""
