"""Rank the clarify causes of a census (bench/clarify_census.py) across sets: #blocked right, #blocked
wrong, sets, per language.

A cause "blocks" a clarify when removing every instance of that cause (its amounts) would lift the
parse's confidence over the bar (single-table clarifies with SQL; joins approximated through their
recorded doubts), or ALL: counted under every cause it carries.
"""

import json
import sys
from collections import defaultdict

BAR = 0.55
with open(sys.argv[1], encoding="utf-8") as file:
    data = json.load(file)
mode = sys.argv[2] if len(sys.argv) > 2 else "sole"


def causes(r):
    """(cause, amount) of a clarify."""
    out = defaultdict(float)
    for reason, amount in r["parse_reasons_amounts"]:
        out[reason] += amount
    for kind, reason, amount in r["events"]:
        if kind in ("answer", "join"):
            out[reason] += amount
    return out


rows = defaultdict(
    lambda: {"right": 0, "wrong": 0, "nosql": 0, "sets": set(), "en": [0, 0], "zh": [0, 0], "ids_r": []}
)
clar = [r for r in data if r["status"] == "clarify"]
tot = {"right": 0, "wrong": 0, "nosql": 0}
for r in clar:
    c = causes(r)
    if r["sql"] is None:
        tot["nosql"] += 1
        continue
    ok = bool(r["right_if_answered"])
    tot["right" if ok else "wrong"] += 1
    conf = r["confidence"]
    for cause, amount in c.items():
        if amount <= 0:
            continue
        if mode == "sole" and conf + amount < BAR - 1e-9:
            continue
        row = rows[cause]
        row["right" if ok else "wrong"] += 1
        row["sets"].add(r["set"])
        row[r["lang"]][0 if ok else 1] += 1
        if ok:
            row["ids_r"].append(r["id"])
print(
    f"clarifies: {len(clar)}  with SQL right-if-answered: {tot['right']}  wrong: {tot['wrong']}"
    f"  no SQL: {tot['nosql']}"
)
print(f"{'cause':40s} {'right':>5s} {'wrong':>5s} {'en r/w':>8s} {'zh r/w':>8s} sets")
for cause, row in sorted(rows.items(), key=lambda kv: -kv[1]["right"]):
    print(
        f"{cause:40s} {row['right']:5d} {row['wrong']:5d} {row['en'][0]:3d}/{row['en'][1]:<4d}"
        f" {row['zh'][0]:3d}/{row['zh'][1]:<4d}"
        f" {len(row['sets'])}: {','.join(sorted(row['sets']))[:150]}"
    )
