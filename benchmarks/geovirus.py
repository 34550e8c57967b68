"""GeoVirus (Gritta et al.) as the geoparsing yardstick for ``Gazetteer.find``.

Prints the share of gold toponyms ``find()`` detects (a mention overlapping the gold span),
the accuracy within 161 km of the detected ones, the end-to-end accuracy (missed ones count as
wrong) and the throughput in MB/s. Usage: ``python benchmarks/geovirus.py [GeoVirus.xml]``.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from gazetteer import Gazetteer, Mention
from gazetteer.scoring import distances_km

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geoparsing" / "GeoVirus.xml"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Score:
    gold: int
    detected: int
    correct: int
    mentions: int
    seconds: float
    megabytes: float
    misses: tuple[tuple[str, str], ...]

    @property
    def detection(self) -> float:
        return self.detected / self.gold

    @property
    def accuracy(self) -> float:
        return self.correct / self.detected if self.detected else 0.0

    @property
    def end_to_end(self) -> float:
        return self.correct / self.gold

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds


def load(path: Path) -> list[tuple[str, list[Gold]]]:
    """The articles of a GeoVirus-format XML file, each with its gold toponyms."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        golds = [Gold(int(loc.findtext("start")), int(loc.findtext("end")),
                      loc.findtext("name") or "", float(loc.findtext("lat")),
                      float(loc.findtext("lon")))
                 for loc in art.iter("location")]
        out.append((art.findtext("text") or "", golds))
    return out


def score(gaz: Gazetteer, articles: list[tuple[str, list[Gold]]], km: float = 161.0) -> Score:
    """Run ``find`` over every article and compare with the gold toponyms."""
    found: list[list[Mention]] = []
    t0 = time.process_time()  # CPU time of this process: fair on a shared machine
    for text, _ in articles:
        found.append(gaz.find(text))
    seconds = time.process_time() - t0
    gold_n = detected = correct = mentions = 0
    misses = []
    for (_text, golds), ms in zip(articles, found, strict=True):
        mentions += len(ms)
        for g in golds:
            gold_n += 1
            hit = next((m for m in ms if m.start < g.end and g.start < m.end), None)
            if hit is None:
                misses.append((g.name, "missed"))
                continue
            detected += 1
            d = distances_km(g.lat, g.lon, [hit.place.latitude], [hit.place.longitude])[0]
            if d <= km:
                correct += 1
            else:
                misses.append((g.name, f"{hit.place.name} {hit.place.country_code} {d:.0f} km"))
    mb = sum(len(t.encode()) for t, _ in articles) / 1e6
    return Score(gold_n, detected, correct, mentions, seconds, mb, tuple(misses))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xml", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", type=int, default=0, help="print this many errors")
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all",
                        help="score only the articles of even or odd index (tune on one half, "
                             "confirm on the other)")
    args = parser.parse_args(argv)
    if not args.xml.exists():
        print(f"{args.xml}: no such file", file=sys.stderr)
        return 2
    gaz = Gazetteer.default()
    articles = load(args.xml)
    if args.half != "all":
        articles = articles[args.half == "odd"::2]
    gaz.find(articles[0][0])  # warm the lazy parts, not measured
    s = score(gaz, articles)
    # Again over the same texts: every name already seen, as in a long run on one story.
    warm = min(score(gaz, articles).seconds for _ in range(3))
    print(f"articles {len(articles)}  gold toponyms {s.gold}  mentions found {s.mentions}")
    print(f"detection {s.detection:.3f}  accuracy@161km of detected {s.accuracy:.3f}  "
          f"end-to-end {s.end_to_end:.3f}")
    print(f"throughput {s.mb_per_s:.2f} MB/s first pass over new text, "
          f"{s.megabytes / warm:.2f} MB/s warm (CPU time, one core)")
    for name, why in s.misses[: args.misses]:
        print(f"  {name}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
