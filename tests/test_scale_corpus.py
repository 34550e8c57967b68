"""A corpus: folders, globs and .jsonl(.gz) files read as one lazy stream of articles."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from geo.corpus import expand, iter_articles
from geo.errors import InputError


def write_txt(path: Path, title: str, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\npublished: 2021-05-02\n---\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    write_txt(tmp_path / "b" / "two.md", "Two", "Rebels shelled the outskirts of the town.")
    write_txt(tmp_path / "a" / "one.txt", "One", "Troops entered the village at dawn.")
    write_txt(tmp_path / "a" / ".hidden.txt", "Hidden", "An editor's scratch file.")
    (tmp_path / "a" / "notes.csv").write_text("not,an,article\n")
    rows = [{"text": f"Report {n}: fighting went on near the river.", "source": "wire"}
            for n in range(3)]
    with gzip.open(tmp_path / "b" / "dump.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    return tmp_path


def test_a_folder_is_walked_in_a_stable_order_skipping_non_articles(tree):
    names = [p.relative_to(tree).as_posix() for p in expand(tree)]
    assert names == ["a/one.txt", "b/dump.jsonl.gz", "b/two.md"]


def test_folders_globs_and_gzip_dumps_stream_as_articles(tree):
    articles = list(iter_articles([tree / "a", str(tree / "b" / "*.jsonl.gz"), tree / "b/two.md"]))
    assert [a.title for a in articles] == ["One", "", "", "", "Two"]
    assert [a.text for a in articles[1:4]] == [
        f"Report {n}: fighting went on near the river." for n in range(3)
    ]
    assert len({a.id for a in articles}) == 5


def test_the_stream_is_lazy(tree):
    # The missing second source is only looked at once the first is used up.
    stream = iter_articles([tree / "a", tree / "missing"])
    assert next(stream).title == "One"
    with pytest.raises(InputError, match="missing: no such file or folder"):
        next(stream)


@pytest.mark.parametrize("source", ["nowhere.txt", "nowhere/*.jsonl"])
def test_a_source_naming_nothing_is_a_one_line_error(tmp_path, source):
    with pytest.raises(InputError, match=r"nowhere.* (no such file|matches no)"):
        list(iter_articles([tmp_path / source]))


def test_bad_files_are_reported_and_the_rest_still_read(tree):
    (tree / "a" / "empty.txt").write_text("")
    (tree / "a" / "zz.jsonl").write_text('{"text": "Shelling resumed overnight."}\nnot json\n')
    errors: list[tuple[Path, str]] = []
    articles = list(iter_articles([tree / "a", tree / "gone.md", tree / "b"],
                                  on_error=lambda p, e: errors.append((p, str(e)))))
    assert [a.title for a in articles] == ["One", "", "", "", "", "Two"]
    assert [p.name for p, _ in errors] == ["empty.txt", "zz.jsonl", "gone.md"]
    assert "zz.jsonl:2" in errors[1][1]


def test_a_gzip_dump_is_streamed_not_read_whole(tmp_path):
    # A truncated dump: the articles before the damage arrive before the error does.
    rows = [json.dumps({"text": f"Dispatch {n}: shelling resumed at dawn. " + "x" * 5000})
            for n in range(200)]
    data = gzip.compress("\n".join(rows).encode(), compresslevel=1)
    dump = tmp_path / "cut.jsonl.gz"
    dump.write_bytes(data[: len(data) // 2])
    stream = iter_articles([dump])
    assert next(stream).text.startswith("Dispatch 0:")
    with pytest.raises(InputError, match=r"cut\.jsonl\.gz: not a readable gzip file"):
        list(stream)
