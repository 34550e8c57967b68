"""Extraction benchmark: articles per second on one core, on real-length synthetic articles.

Articles are recombined from sentences written here (never from shared texts): claim
sentences in several voices, quotes, background and noise lines, about 600-900 words each,
with town names from the gazetteer's own data. One process, one core. Target: 500 articles/s.

    python benchmarks/bench_extract.py [--articles N] [--seed N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from rich.console import Console
from rich.progress import track
from rich.table import Table

from geo.article import Article, make_article
from geo.extract import Extractor

TOWNS = ("Raqqa", "Mayadeen", "Deir ez-Zor", "Manbij", "Tabqa", "Palmyra", "Al-Bab", "Mosul",
         "Tal Afar", "Ramadi", "Fallujah", "Albu Kamal", "Jarabulus", "Kobani", "Hasakah",
         "Aleppo", "Homs", "Idlib", "Afrin", "Tikrit")
FORCES = ("Syrian troops", "the Syrian army", "Islamic State fighters", "ISIS militants",
          "the SDF", "US-backed forces", "Iraqi forces", "Turkish-backed rebels",
          "the Kurdish-led Syrian Democratic Forces (SDF)", "pro-government forces")
CLAIMS = (
    "{f} captured {t} on {day}, a monitoring group said.",
    "{t} fell to {f} late on {day} after days of heavy fighting.",
    "{f} said they had taken full control of the town of {t} from {g}.",
    "The capture of {t} by {f} cuts a key supply route, officials said.",
    "{f} withdrew from {t} on {day} as {g} advanced from the south.",
    "{f} have been fighting since June to drive {g} out of {t}.",
    "{t}, the group's last major stronghold in the province, is held by {f}.",
    "{g} remain besieged in {t}, according to residents reached by telephone.",
    "{f} are expected to retake {t} within days, a commander said.",
    "The battle for {t} has displaced tens of thousands of people since {month}.",
    "{f} denied that {g} had entered {t}.",
    "Fighters seized {t} in {year}, and declared it the capital of their self-styled state.",
)
BACKGROUND = (
    "Aid agencies said food and medicine were running short in the camps.",
    "The United Nations called for safe passage for civilians trapped by the fighting.",
    "Residents described long queues for bread and fuel, and frequent power cuts.",
    "The conflict has killed hundreds of thousands of people and displaced millions.",
    "Diplomats met in Geneva to discuss a ceasefire, but no agreement was reached.",
    "“We have nothing left,” said a farmer who fled with his family in the night.",
    "Prices of basic goods have more than doubled in the past month, traders said.",
    "The monitor relies on a network of sources on the ground across the country.",
    "Satellite images showed extensive damage to the old market and the main bridge.",
    "Officials said reconstruction would take years and cost billions of dollars.",
)
NOISE = ("Read  More fighting expected as winter sets in", "Subscribe to our newsletter",
         "(Photo: Reuters)", "Advertisement", "Share this article")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "June", "August", "October")


def article(rng: random.Random, i: int) -> Article:
    """One synthetic article of 8-12 paragraphs of 3-5 sentences, a third about control."""
    paras = []
    for _ in range(rng.randint(8, 12)):
        sents = []
        for _ in range(rng.randint(3, 5)):
            if rng.random() < 0.35:
                f, g = rng.sample(FORCES, 2)
                sents.append(rng.choice(CLAIMS).format(
                    f=f, g=g, t=rng.choice(TOWNS), day=rng.choice(DAYS),
                    month=rng.choice(MONTHS), year=rng.randint(2013, 2017)))
            else:
                sents.append(rng.choice(BACKGROUND))
        s = " ".join(sents)
        paras.append(s[0].upper() + s[1:])
        if rng.random() < 0.2:
            paras.append(rng.choice(NOISE))
    published = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(365))
    return make_article("\n\n".join(paras), {"source": f"bench-{i}"}, "bench", published)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    corpus = [article(rng, i) for i in range(args.articles)]
    words = sum(len(a.text.split()) for a in corpus) / len(corpus)
    ex = Extractor()
    ex.extract_article(corpus[0])  # loading the gazetteer is not extraction
    console = Console(stderr=True)
    claims = 0
    start = time.process_time()
    wall = time.perf_counter()
    for a in track(corpus, description="extracting", console=console, transient=True):
        claims += len(ex.extract_article(a))
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    # The share of the gazetteer's toponym finder, which extraction calls once per article.
    start = time.process_time()
    for a in corpus:
        ex.gazetteer.find(a.document)
    find = time.process_time() - start
    table = Table(title="geo extract benchmark (one process)")
    for col in ("articles", "words/article", "claims", "CPU s", "articles/s per core",
                "ms/article", "of which gazetteer.find", "of which extractor", "wall articles/s"):
        table.add_column(col, justify="right")
    n = len(corpus)
    table.add_row(str(n), f"{words:.0f}", str(claims), f"{cpu:.2f}", f"{n / cpu:.0f}",
                  f"{1000 * cpu / n:.2f}", f"{1000 * find / n:.2f} ms",
                  f"{1000 * (cpu - find) / n:.2f} ms", f"{n / wall:.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
