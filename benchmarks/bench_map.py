"""Map benchmark: render time, file size and time to interactive in headless chromium.

    python benchmarks/bench_map.py [--sizes 100 10000 50000] [--no-browser]

Places are synthetic (uniform inside Syria and Iraq, one to three control intervals each,
with a claim of a typical sentence length per interval). Targets from issue 5: 10,000
places render in under 5 s and the page is interactive in under 3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

from geo.atlas.model import Interval
from geo.claims import Claim, Evidence, PlaceRef
from geo.render import render_map
from geo.render.borders import country_shapes

FORCES = ("isis", "sdf", "syrian-government", "iraqi-government", "peshmerga", "turkey")
STATES = ("held", "held", "held", "contested", "besieged")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SENTENCE = (
    "Fighters of the {f} said on Tuesday they had taken full control of {p} after weeks of "
    "heavy clashes, a claim a monitoring group confirmed."
)


def _points(n: int, rng: np.random.Generator) -> list[tuple[float, float, str]]:
    shapes = country_shapes()
    out: list[tuple[float, float, str]] = []
    for code in ("SY", "IQ"):
        shape = shapes[code]
        shapely.prepare(shape)
        x0, y0, x1, y1 = shape.bounds
        want = n // 2 if code == "SY" else n - n // 2
        got: list[tuple[float, float, str]] = []
        while len(got) < want:
            xs, ys = rng.uniform(x0, x1, want * 2), rng.uniform(y0, y1, want * 2)
            inside = shapely.contains_xy(shape, xs, ys)
            pairs = zip(xs[inside], ys[inside], strict=True)
            got.extend((float(y), float(x), code) for x, y in pairs)
        out.extend(got[:want])
    return out


def synthetic_histories(n: int, seed: int = 7) -> dict[int, list[Interval]]:
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    histories: dict[int, list[Interval]] = {}
    for i, (lat, lon, code) in enumerate(_points(n, rng)):
        place = PlaceRef(f"Place {i}", 1_000_000 + i, lat, lon, code)
        day = dt.date(2014, 1, 1) + dt.timedelta(days=pick.randrange(0, 900))
        intervals = []
        for k in range(pick.randint(1, 3)):
            force = pick.choice(FORCES)
            state = pick.choice(STATES)
            others = tuple(f for f in FORCES if f != force)
            end = day + dt.timedelta(days=pick.randrange(60, 700)) if k < 2 else None
            text = SENTENCE.format(f=force, p=place.name)
            claim = Claim(place, force, "captured", day, "day", "asserted",
                          Evidence(text, (0, 5)), 0.8, source="Synthetic Wire",
                          url=f"https://example.org/{i}/{k}", published=day)
            intervals.append(Interval(
                place, force, state, day, "day", end, "day" if end else "unknown", 0.7,
                (claim,),
                contesting=others[:1] if state == "contested" else (),
                besiegers=others[1:2] if state == "besieged" else (),
            ))
            if end is None:
                break
            day = end
        histories[place.geonameid] = intervals
    return histories


def browser_times(path: Path) -> tuple[float, float, float]:
    """Seconds from navigation to interactive (wall clock, and in-page from navigation start
    to the first painted frame), and for one slider move."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.geoControl && window.geoControl.ready", timeout=120_000)
        wall = time.perf_counter() - t0
        # Interactive: the script has run and the first frame with every marker is painted.
        in_page = page.evaluate(
            "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame("
            "() => done(performance.now()))))"
        ) / 1000
        move = page.evaluate(
            "() => { const t = performance.now(); geoControl.setDay(geoControl.first + 400);"
            " return performance.now() - t; }"
        ) / 1000
        browser.close()
    return wall, in_page, move


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000, 50_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    browser = not args.no_browser and Path(CHROMIUM).exists()
    heads = ("places", "render s", "size MB", "load s", "ready s", "slide s")
    print(" ".join(f"{h:>9}" for h in heads))
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            histories = synthetic_histories(n)
            t0 = time.perf_counter()
            path = render_map(histories, Path(tmp) / f"bench-{n}.html", today=dt.date(2017, 1, 1))
            render_s = time.perf_counter() - t0
            size_mb = path.stat().st_size / 1e6
            row = f"{n:>9} {render_s:>9.2f} {size_mb:>9.2f}"
            if browser:
                wall, in_page, move = browser_times(path)
                row += f" {wall:>9.2f} {in_page:>9.2f} {move:>9.3f}"
            print(row, flush=True)
    if not browser:
        print("(browser timings skipped: no /usr/bin/chromium or --no-browser)")


if __name__ == "__main__":
    main()
