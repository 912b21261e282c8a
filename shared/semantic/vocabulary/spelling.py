"""British -> American spelling, so a question written either way reads the same words.

The dictionary (CC-CEDICT), lemminflect and most schemas spell American; a question that says
licence, colour, labour, centre or organise must find what license, color, labor, center and
organize find. The pairs come from breame's list of dual spellings (about 1,700 British words, no
word in both lists, so no American word is ever rewritten).
"""

from __future__ import annotations

import re

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

_AMERICAN: dict[str, str] = {str(k): str(v) for k, v in BRITISH_ENGLISH_SPELLINGS.items()}


def american(word: str) -> str:
    """The American spelling of a lower-case English word (licence -> license); others as they are."""
    return _AMERICAN.get(word, word)


def american_text(text: str) -> str:
    """Every word of a text in American spelling (flights were cancelled -> canceled), so a word reported
    as not understood (in its lemma's spelling) is found again in the question it came from."""
    return re.sub(r"[A-Za-z]+", lambda m: american(m.group(0).lower()), text)
