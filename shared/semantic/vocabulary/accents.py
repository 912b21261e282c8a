"""Latin letters with accents, read plain: résumé = resume, café = cafe, São Paulo = Sao Paulo.

Questions are read as ASCII words (`segment.UNIT_RE`), and the dictionary's glosses keyed alike
(`bilingual`), so an accented letter would otherwise split a word in pieces (r + é + sum + é + s).
"""

from __future__ import annotations

import unicodedata

ACCENTS = {
    code: plain
    for code in range(0xC0, 0x250)
    if (plain := "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c)))
    != chr(code)
    and plain.isascii()
}
