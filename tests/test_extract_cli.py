"""``geo extract`` and ``geo evaluate`` through the CLI entry point."""

from __future__ import annotations

import json

import pytest

from geo.cli import main
from geo.cli.extract import crop, place_label


def test_extract_json_lines(seed_article, capsys):
    assert main(["extract", str(seed_article), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(set(r) >= {"place", "force", "event", "date", "modality", "evidence"}
                        for r in rows)
    assert any(r["place"]["geonameid"] == 173480 and r["event"] == "captured" for r in rows)


def test_bad_files_are_reported_and_the_rest_processed(tmp_path, seed_article, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    code = main(["extract", str(empty), str(seed_article), str(binary), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out.count("\n") > 3
    lines = err.strip().splitlines()
    assert len(lines) == 2 and str(empty) in lines[0] and str(binary) in lines[1]
    assert "Traceback" not in err


def test_unknown_forces_file_and_bad_date(tmp_path, seed_article, capsys):
    assert main(["extract", str(seed_article), "--forces", str(tmp_path / "no.toml")]) == 2
    assert main(["extract", str(seed_article), "--published", "14/10/2017"]) == 2
    err = capsys.readouterr().err
    assert "no.toml" in err and "--published" in err and "Traceback" not in err


def test_table_escapes_article_text(tmp_path, capsys):
    p = tmp_path / "markup.txt"
    p.write_text("---\npublished: 2017-10-14\n---\nThe war in eastern Syria goes on. "
                 "[bold]Syrian troops[/bold] captured Mayadeen on Friday.", encoding="utf-8")
    assert main(["extract", str(p)]) == 0
    assert "[bold]" in capsys.readouterr().out


def test_evaluate_prints_scores_misses_and_alarms(claims_dev, capsys):
    assert main(["evaluate", str(claims_dev)]) == 0
    out = capsys.readouterr().out
    for word in ("captured", "besieged", "overall", "precision", "recall"):
        assert word in out


def test_extract_table_shows_the_place_as_written_and_who_said_it(tmp_path, capsys):
    p = tmp_path / "said.txt"
    p.write_text("---\npublished: 2017-10-14\n---\nThe war in eastern Syria goes on. "
                 "Syrian troops captured Mayadeen on Friday, the army's command said.",
                 encoding="utf-8")
    assert main(["extract", str(p)]) == 0
    out = capsys.readouterr().out
    assert "said by" in out and "Mayadeen → Al Mayādīn" in out
    assert "the army's command" in out


@pytest.mark.parametrize("span", [(0, 5), (200, 206), (400, 409)])
def test_evidence_is_cropped_between_words_with_an_ellipsis(span):
    words = [f"w{i:03d}" for i in range(90)]
    sentence = " ".join(words)
    got = crop(sentence, span, context=40)
    inner = got.strip("…")
    assert inner.split() and all(w in words for w in inner.split())
    assert sentence[span[0]:span[1]].strip() in inner
    assert got.startswith("…") == (not sentence.startswith(inner))
    assert got.endswith("…") == (not sentence.endswith(inner))


def test_place_label_names_one_place_once():
    from geo.claims import PlaceRef
    assert place_label(PlaceRef("Ar Raqqah", 1, 0.0, 0.0, "SY", "Raqqa")) == "Raqqa → Ar Raqqah"
    assert place_label(PlaceRef("Manbij", 1, 0.0, 0.0, "SY", "Manbij")) == "Manbij"


def test_evaluate_lists_misses_by_place_and_false_alarms_by_article(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "case-1", "published": "2017-10-14",
        "text": "The war in eastern Syria goes on. Syrian troops captured Mayadeen on Friday. "
                "Islamic State still holds Albu Kamal.",
        "gold": [{"geonameid": 174448, "force": "isis", "events": ["lost"],
                  "date": "2017-10-14", "date_precision": "day"}]}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "misses: 1" in out and "held 2017-10-14 asserted" in out
    assert "false alarms:" in out and "case-1" in out and "Mayadeen → Al Mayādīn" in out


@pytest.mark.parametrize(("command", "message"), [
    (["extract", "{seed}", "--forces", "{missing}"], "no such force lexicon"),
    (["evaluate", "{missing}"], "no such gold file"),
    (["evaluate", "{latin1}"], "cannot read gold file"),
])
def test_unreadable_data_files_are_one_line_errors(tmp_path, seed_article, capsys, command,
                                                   message):
    latin1 = tmp_path / "gold.jsonl"
    latin1.write_bytes('{"text": "Alep\xe9"}\n'.encode("latin-1"))
    paths = {"seed": seed_article, "missing": tmp_path / "missing.toml", "latin1": latin1}
    assert main([arg.format(**paths) for arg in command]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err and str(tmp_path) in err
