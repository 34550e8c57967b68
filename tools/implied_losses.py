"""Complete a gold file with the losses a two-sided war implies (run once per file, in place).

The convention of the shared dev set and of our blind-written sets: in a war of two sides (a
force lexicon's ``sides``), a capture by one side is the other side's loss of the place. Gold
written before the extractor read it so lists that loss only where the text names the loser;
this adds it, as optional, wherever a capture is gold and its loss is not.

    python tools/implied_losses.py tests/data/heldout/claims.heldout5.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from geo.extract.sides import other_side
from geo.forces import builtin_lexicons


def complete(article: dict, wars: list[tuple[str, ...]]) -> int:
    """Add the implied losses to one article's gold; the number added."""
    forces = {g["force"] for g in article["gold"]}
    sides = next((s for s in wars if forces <= set(s)), None)
    if sides is None:
        return 0
    lost = {(g["geonameid"], g["force"], json.dumps(g["date"])) for g in article["gold"]
            if "lost" in g["events"]}
    added = []
    for g in article["gold"]:
        if "captured" not in g["events"]:
            continue
        loser = other_side(sides, g["force"])
        key = (g["geonameid"], loser, json.dumps(g["date"]))
        if key not in lost:
            lost.add(key)
            added.append({**g, "force": loser, "events": ["lost"], "optional": True})
    article["gold"] += added
    return len(added)


def main(paths: list[str]) -> None:
    wars = [lex.sides for lex in builtin_lexicons() if lex.sides]
    for path in map(Path, paths):
        articles = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        n = sum(complete(a, wars) for a in articles)
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                        "utf-8")
        print(f"{path}: {n} implied losses added")


if __name__ == "__main__":
    main(sys.argv[1:])
