"""Reading articles: every format to one Article, bad input to one-line errors."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import subprocess
import sys

import pytest

from geo.article import Article, article_id, is_teaser, read_articles
from geo.errors import InputError

BODY = "Syrian troops seized the town of Mayadeen on Saturday.\n\nFighting goes on."


def one(path, **kw) -> Article:
    articles = list(read_articles(path, **kw))
    assert len(articles) == 1
    return articles[0]


def test_text_with_front_matter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\ntitle: Troops take town\npublished: 2017-10-14\nsource: AP\n"
                 "url: https://example.org/a\n---\n" + BODY, encoding="utf-8")
    a = one(p)
    assert (a.title, a.published, a.source, a.url) == (
        "Troops take town", dt.date(2017, 10, 14), "AP", "https://example.org/a")
    assert a.text == BODY
    assert a.document.startswith("Troops take town\n\n")


def test_markdown_without_front_matter_takes_the_given_date(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(BODY, encoding="utf-8")
    a = one(p, published="2017-10-14")
    assert a.published == dt.date(2017, 10, 14) and a.title == "" and a.document == BODY


def test_the_file_date_wins_over_the_default(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\npublished: 2016-01-02\n---\n" + BODY, encoding="utf-8")
    assert one(p, published=dt.date(2017, 1, 1)).published == dt.date(2016, 1, 2)


def test_seed_article(seed_article):
    a = one(seed_article)
    assert a.published == dt.date(2017, 10, 14) and a.source == "AP"
    assert a.text.startswith("Raqqa is about to fall.")


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz"])
def test_json_lines(tmp_path, name):
    rows = [{"text": BODY, "published": "2017-10-14", "source": "AP", "title": "One"},
            {"text": "Another story about Raqqa.", "url": "https://example.org/b"}]
    data = "\n".join(json.dumps(r) for r in rows).encode()
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    a, b = read_articles(p)
    assert (a.title, a.published, b.url, b.published) == (
        "One", dt.date(2017, 10, 14), "https://example.org/b", None)


def test_saved_html_keeps_the_story_and_drops_navigation_and_teasers(tmp_path):
    para = ("Syrian troops and allied fighters seized the town of Mayadeen on Saturday, the "
            "army said, in a major advance against the militants in the east of the country. ")
    html = f"""<html><head><title>Troops take Mayadeen</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2017-10-14"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Troops take Mayadeen</h1>
<p>{para * 2}</p>
<p>Read  Iranian officer killed in Syria blast, Iran blames Israel</p>
<p>{para}The battle for the nearby city continues, residents said by telephone.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    a = one(p)
    assert "seized the town of Mayadeen" in a.text
    assert "Iranian officer" not in a.text and "World news menu" not in a.text
    assert a.published == dt.date(2017, 10, 14)


def test_latin1_text_is_decoded(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Troops entered Deir ez-Zor, the café owner said. Résumé of events follows."
                  .encode("latin-1"))
    assert "café" in one(p).text


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary file"),
    (b"---\npublished: 14/10/2017\n---\nText.", "bad date"),
    (bytes(range(0x80, 0x100)) * 4, "unknown text encoding"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        list(read_articles(p))
    msg = str(e.value)
    assert str(p) in msg and problem in msg and "\n" not in msg


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("bad.jsonl", b'{"text": "ok"}\n{not json}\n', "bad.jsonl:2"),
    ("bad.jsonl", b'{"title": "no text"}\n', "'text'"),
    ("bad.jsonl.gz", b"not gzip at all", "gzip"),
])
def test_bad_json_lines(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        list(read_articles(p))


def test_missing_file_and_bad_default_date(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="--published"):
        list(read_articles(tmp_path / "nope.txt", published="yesterday"))


def test_id_is_stable_under_spacing_and_depends_on_source():
    assert article_id("Troops  took\nRaqqa.", "AP") == article_id("Troops took Raqqa. ", "AP")
    assert article_id("Troops took Raqqa.", "AP") != article_id("Troops took Raqqa.", "AFP")
    assert article_id("Troops took Raqqa.", "AP") != article_id("Troops took Tabqa.", "AP")


@pytest.mark.parametrize(("line", "teaser"), [
    ("Read  Iranian officer killed in Syria blast, Iran blames Israel", True),
    ("READ MORE: Qatar's double game", True),
    ("Related: Raqqa after the battle", True),
    ("Reading the statement aloud, the spokesman paused.", False),
    ("Read the full statement here.", False),
    ("Residents read the leaflets dropped over Raqqa", False),
])
def test_teaser_lines(line, teaser):
    assert is_teaser(line) is teaser


def test_import_geo_leaves_heavy_parts_for_first_use():
    # The store, the extractor and the map load SQLAlchemy, the gazetteer and folium: every
    # CLI start and ``import geo`` would pay for them.
    code = ("import sys, geo; heavy = {'sqlalchemy', 'folium', 'geopandas', 'gazetteer'}; "
            "print(sorted(heavy & set(sys.modules))); geo.Atlas; geo.render_map; "
            "print(callable(geo.extract), geo.extract_article.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[]", "True geo.extract"]


def test_extract_reads_published_as_a_date_or_iso_text():
    # As ``status(..., on="2017-10-15")`` does: relative dates count from either form alike.
    import geo

    text = "Syrian troops seized Mayadeen on Saturday."
    as_text = [(c.place.name, c.force, c.event, c.date) for c in
               geo.extract(text, published="2017-10-16")]
    as_date = [(c.place.name, c.force, c.event, c.date) for c in
               geo.extract(text, published=dt.date(2017, 10, 16))]
    assert as_text == as_date and ("syrian-government", "captured", dt.date(2017, 10, 14)) in \
        {t[1:] for t in as_text}
    with pytest.raises(InputError, match="published: bad date '16/10/2017'"):
        geo.extract(text, published="16/10/2017")
