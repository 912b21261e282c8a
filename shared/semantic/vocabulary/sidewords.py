"""The side of a row said in other words: a host team is the home team, a visiting team the away team.

A column named `<side>_<thing>` (home_team, away_score, buyer_name) holds the thing of one side of each
row. English and Chinese often say the side by a synonym rather than the header's word: the host / the
visitors, 主队 ("host team") / 客队 ("visiting team"). The column is also named by each synonym of its side
followed by its thing ("host team"), and so by the Chinese the dictionary gives for that phrase, a little
below its own name.
"""

from __future__ import annotations

SIDE_SCORE = 0.9

# A side word of a header and the words that say the same side of a row.
SIDE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "home": ("host",),
    "away": ("visiting", "visitor", "guest"),
    "buyer": ("purchaser",),
    "seller": ("vendor",),
    "sender": ("sending",),
    "receiver": ("recipient", "receiving"),
    "origin": ("departure",),
    "destination": ("arrival",),
}


def side_aliases(content: list[str]) -> dict[str, float]:
    """{"host team": 0.9} for home_team: each synonym of the leading side word before the rest."""
    if len(content) < 2 or content[0] not in SIDE_SYNONYMS:
        return {}
    rest = " ".join(content[1:])
    return {f"{syn} {rest}": SIDE_SCORE for syn in SIDE_SYNONYMS[content[0]]}
