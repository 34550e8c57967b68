"""Modality (asserted, expected, negated, question), attempts, hedges and attribution.

Cues are read in the clause text before the trigger word; the lists live in ``modality.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from geo.claims import Modality
from geo.extract.clauses import HOW_OFTEN, formerly
from geo.extract.data import rules
from geo.extract.trie import skipping_trie, trie_pattern


def _cue_regex(cues: list[str], tail: str = r"(?![\w])") -> re.Pattern[str]:
    """Any of ``cues`` as a word, then ``tail`` (read case-insensitively)."""
    # A prefix tree, not an alternation of every cue: each clause is searched for several lists.
    return re.compile(skipping_trie(set(cues), re.escape, before=r"\w'") + f"(?i:{tail})")


@cache
def speech_verbs() -> str:
    """Regex source matching a speech verb of ``modality.toml`` ("said", "claimed", ...), for
    the patterns that find who tells a claim."""
    return trie_pattern(set(rules("modality")["speech"]), re.escape)


@cache
def cues() -> dict[str, re.Pattern[str]]:
    """The cue lists of ``modality.toml`` as patterns, by list name."""
    d = rules("modality")
    out = {k: _cue_regex(d[k]) for k in ("expected", "negated", "conative", "failed",
                                         "compelled", "hedges", "speech")}
    out["aspectual"] = _cue_regex(d["aspectual"], r"\s+(?:\w+ly\s+)?$")
    out["exploited"] = _cue_regex(d["exploited"], r"\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:\w+ly\s+)?$")
    out["inceptive"] = _cue_regex(d["inceptive"], r"\s+(?:to\s+)?(?:\w+ly\s+)?$")
    out["averted"] = _cue_regex(d["averted"], r"\s+(?:being\s+|an?\s+|any\s+|the\s+)?$")
    # "may" is a modal in lower case only; "in May 2015" is a month.
    lower = "|".join(re.escape(c) for c in d["expected_lowercase"])
    out["expected_lowercase"] = re.compile(rf"(?<![\w'])(?:{lower})(?![\w])")
    ordinals = "|".join(re.escape(c) for c in d["ordinals"])
    out["ordinal_infinitive"] = re.compile(
        rf"\b(?:{ordinals})\s+(?:[\w'’-]+\s+){{0,3}}to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
    # Any cue at all: most clauses have none and are asserted without trying each list.
    out["any"] = _cue_regex([c for k in ("expected", "negated", "conative", "failed", "compelled",
                                         "expected_lowercase", "expected_adjacent", "averted")
                             for c in d[k]])
    after = "|".join(re.escape(c) for c in d["expected_after"])
    out["expected_after"] = re.compile(rf"\s*(?:{after})(?![\w])", re.IGNORECASE)
    opens = "|".join(re.escape(c) for c in d["conditional"])
    # A quote may open the sentence: "“If they take El Obeid, the road opens,” he said."
    out["conditional"] = re.compile(rf"\s*[\"'“‘]?\s*(?:{opens})\b", re.IGNORECASE)
    unconfirmed = "|".join(re.escape(c) for c in d["unconfirmed_openings"])
    out["unconfirmed_opening"] = re.compile(rf"\s*[\"'“‘]?\s*(?:{unconfirmed})\s*,",
                                            re.IGNORECASE)
    # ... its troops, not civilians ("ordered families with children to leave Pokrovsk").
    orders = "|".join(re.escape(c) for c in d["orders"])
    members = "|".join(re.escape(c) for c in rules("clauses")["members"])
    out["ordered_out"] = re.compile(rf"(?<![\w'])(?:(?:{orders})\s+(?:[\w'’-]+\s+){{0,2}}?"
                                    rf"(?:{members})|(?:were|was|been)\s+(?:{orders}))\s+to\s+"
                                    r"(?:\w+ly\s+)?$", re.IGNORECASE)
    out["embedded_question"] = _cue_regex(d["embedded_question"], r"\s*$")
    out["feared"] = _cue_regex(d["feared"], r"\s*$")
    out["unconfirmed"] = _cue_regex(d["unconfirmed_speech"], r"(?:\s+[\w'’-]+){0,3}?\s*$")
    # Up to a few words between: "denied in a statement that", "dismissed reports that".
    for name in ("denied_embedding", "unverified_embedding", "demanded_embedding"):
        # ('dismissed as "fake" reports that': a word may stand in quote marks.)
        out[name] = _cue_regex(d[name], r"(?:\s+[\"“]?[\w'’-]+[\"”]?){0,8}?\s+that\s*$")
    out["false_reports"] = _cue_regex(d["false_reports"], r"(?:\s+that)?\s*$")
    out["false_report"] = _cue_regex(d["false_reports"])
    # "Rumours on social media that ...", "Posts ... claiming that": the report may be told
    # where it ran and when before its "that".
    participles = "|".join(d["report_participles"])
    out["report_opened"] = _cue_regex(
        d["report_nouns"],
        rf"(?![\w])[^.;:\"“”]{{0,80}}?\b(?:that|(?:{participles})(?:\s+that)?)\s+")
    for name in ("reports_denied", "reports_unverified", "reports_spread"):
        out[name] = _cue_regex(d[name], r"\b")
    # ", but ISW has not observed confirmation": a contrast, its subject, then the lack; and
    # the lack of any evidence after a semicolon too ("; there is no evidence supporting this
    # claim"), where a lack of confirmation alone ("; Kyiv has not confirmed this") is not.
    contrasts = "|".join(d["contrasts"])
    subject = r"\s+(?:[\w'’-]+\s+){0,5}?(?:has|have|had|is|are|was|were|there\s+(?:is|was))?\s*"
    out["claim_unconfirmed"] = re.compile(
        rf"[,;]\s*(?:{contrasts})\b,?{subject}{_cue_regex(d['claims_unconfirmed']).pattern}\b"
        rf"|(?:[,;]\s*(?:{contrasts})\b,?|;){subject}{_cue_regex(d['claims_unsupported']).pattern}"
        r"\b", re.IGNORECASE)
    # "...; Kyiv denied it", "..., but a military spokesman denied this": a contrast or a
    # semicolon, the denier, the denial, then what it denies.
    objects = "|".join(re.escape(o) for o in d["claims_denied_objects"])
    out["claim_denied"] = re.compile(
        rf"(?:[,;]\s*(?:{contrasts})\b,?|;)\s+(?:[\w'’-]+\s+){{0,6}}?(?:has|have|had|swiftly|"
        rf"quickly|later|promptly)?\s*{_cue_regex(d['claims_denied']).pattern}\s+"
        rf"(?:{objects})\b", re.IGNORECASE)
    out["unofficial_claim"] = re.compile(
        rf"{_cue_regex(d['unofficial_speakers']).pattern}[^.;:]{{0,60}}?"
        rf"{_cue_regex(d['unofficial_speech']).pattern}", re.IGNORECASE)
    out["rumour"] = _cue_regex(d["rumour_nouns"])
    out["report_spreads"] = _cue_regex(d["report_spreads"])
    out["expected_adjacent"] = _cue_regex(d["expected_adjacent"], r"\s+(?:\w+ing\s+)?$")
    out["expected_before_noun"] = _cue_regex(
        d["expected_before_noun"],
        r"\s+(?:(?:a|an|the|its|their|any)\s+)?(?:(?!and\b|but\b|to\b)[\w'’-]+\s+){0,2}$")
    return out


_NOT_SPEAKERS = frozenset({"and", "but", "or", "it", "which", "that", "who", "he", "she", "they",
                           "we", "i", "this", "there"})
_ACCORDING = re.compile(r"(?=a)\baccording to\s+([^,.;]{3,90})", re.IGNORECASE)
# A second verb with its own auxiliary after a denial is out of its scope: "Haditha never fell
# and has been held by the army throughout".
# ... and so is a clause of "since" with its own subject, which the clauses do not split off as
# they do one of "after" ("since" is mostly a preposition): "Russia has not made a major gain
# since it captured Lysychansk".
_NEW_VERB = re.compile(r"\b(?:and|but)\s+(?:has|have|had|is|was|are|were|remains|remained)\b"
                       r"|\bsince\s+(?:it|they|he|she|we|the|(?-i:[A-Z]))", re.IGNORECASE)
# Searched for from every position: a look-ahead of the "t" turns most away at once.
_INFINITIVE = re.compile(r"(?=t)\bto\s+(?:\w+ly\s+)?$"
                         # ... a passive one too, after a verb of expecting ("expect Bakhmut to
                         # be retaken within months").
                         r"|\b(?:expects?|expected|expecting|anticipates?|anticipated|predicts?|"
                         r"predicted)\s+(?:[\w'’-]+\s+){1,4}to\s+be\s+(?:\w+ly\s+)?$"
                         # ... also one whose object is the event's noun: "ordered commanders to
                         # complete the liberation of Kursk".
                         r"|\bto\s+(?:complete|finish|secure|achieve|accomplish)\s+(?:the|its|their)"
                         r"\s+[\"“‘']?$", re.IGNORECASE)


# How often, between a verb of effort and its infinitive: "attempted eight times to advance".
# ... and in vain ("tried 12 times, without success, to push our units out"): the attempt is
# told all the same.
_IN_VAIN = r"\s*,?\s*(?:without\s+success|unsuccessfully|in\s+vain)\s*,?"
_HOW_OFTEN = re.compile(rf"(?:\s+{HOW_OFTEN}(?:{_IN_VAIN})?|{_IN_VAIN})(?=\s+to\s)",
                        re.IGNORECASE)


def modality(before: str, question: bool) -> tuple[Modality, bool]:
    """The modality of a trigger given its clause text before it, and whether it is an attempt.

    An infinitive ("to capture") is an attempt after a cue of effort ("fought ... to drive"),
    else expected ("agreed to withdraw").
    """
    c = cues()
    if question:
        return "question", False
    before = _HOW_OFTEN.sub("", before)
    aspect = c["aspectual"].search(before)
    if aspect:
        # "continue to besiege P", "expect Russia to keep pushing toward P": the clause
        # before the aspect verb decides.
        before = before[:aspect.start()]
    infinitive = bool(_INFINITIVE.search(before))
    if not infinitive and not c["any"].search(before):
        return "asserted", False
    if c["averted"].search(before):
        return "negated", False
    if infinitive and (forced := c["compelled"].search(before)) and not c["negated"].search(
            before, 0, forced.start()):
        # "had been forced to withdraw", "managed to take": a compulsion that was carried out
        # (not "has never managed to take P").
        return "asserted", False
    if infinitive and (used := c["exploited"].search(before)):
        # "used the confusion to attack P": the deed done (not "will use the lull to attack").
        return ("expected" if _to_come(before[:used.start()]) else "asserted"), False
    if infinitive and c["failed"].search(before):
        # "failed to take P": no capture, but a fight for P.
        return "negated", True
    if infinitive and (tried := c["conative"].search(before)):
        # "will likely attempt to take P": an attempt still to come.
        return ("expected" if _to_come(before[:tried.start()]) else "asserted"), True
    denials = list(c["negated"].finditer(before))
    if denials and not _NEW_VERB.search(before, denials[-1].end()):
        return "negated", False
    if c["ordinal_infinitive"].search(before):
        # "the first city to fall": an infinitive after an ordinal is a relative of fact.
        return "asserted", False
    if (infinitive or any(not formerly(before, m.end()) for m in c["expected"].finditer(
            before)) or c["expected_lowercase"].search(before)
            or c["expected_adjacent"].search(before)):
        return "expected", False
    return "asserted", False


def _to_come(ahead: str) -> bool:
    """Whether the clause text ``ahead`` of a verb of effort or means puts it still to come
    ("will likely attempt to", "will use the lull to")."""
    c = cues()
    return any(not formerly(ahead, m.end()) for m in c["expected"].finditer(ahead)) or (
        c["expected_lowercase"].search(ahead) is not None)


_VERB_GROUP_END = re.compile(r"\s*(?:\w+ly\s+)?")


def report_mood(sentence: str, start: int, end: int) -> Modality | None:
    """The mood a report gives its content, for a trigger at ``sentence[start:end]`` inside
    it: told, then left unconfirmed by an aside after it ("..., but ISW has not observed
    confirmation of this claim"), a question, or denied there ("...; Kyiv denied it"),
    negated; told by a war's unofficial voices ("Telegram channels claimed"), a question;
    denied after it ("Reports that troops had entered Rastan were dismissed as lies"),
    negated; left unverified ("... could not be independently confirmed"), or only a rumour
    or a report that spread or claimed ("Reports circulated on Monday that"), a question;
    None if the trigger is in no such report."""
    c = cues()
    told = c["speech"].search(sentence, 0, start) is not None
    if told and c["claim_unconfirmed"].search(sentence, end):
        # "Russian milbloggers claimed that Russian forces seized P, but ISW has not observed
        # confirmation of this claim": what was told is left open.
        return "question"
    if told and c["claim_denied"].search(sentence, end):
        # "Some bloggers claimed that Russian units had entered Kurakhove; Ukraine's army
        # denied it": what was told is denied.
        return "negated"
    if c["unofficial_claim"].search(sentence, 0, start) and not c["false_report"].search(
            sentence, 0, start):
        # "Russian Telegram channels claimed on Sunday that Ukrainian units had pulled back
        # from Kupiansk": a war's unofficial voices, believed by no one yet ("falsely claimed"
        # is denied, below).
        return "question"
    opened = None
    for m in c["report_opened"].finditer(sentence, 0, start):
        opened = m
    if opened is None:
        return None
    # (Within the report's clause: "...; these claims could not be verified" is a new one.)
    stop = sentence.find(";", end)
    stop = len(sentence) if stop < 0 else stop
    if c["reports_denied"].search(sentence, end, stop):
        return "negated"
    if c["reports_unverified"].search(sentence, end, stop) or c["reports_spread"].search(
            sentence, end, stop):
        return "question"
    if (c["rumour"].match(sentence, opened.start()) or c["report_spreads"].search(
            sentence, opened.start(), opened.end())) and not _POSSESSED.search(
            sentence, max(0, opened.start() - 12), opened.start()):
        # "Rumours that ...", "Reports circulated on Monday that ..." (not a body's own: "Its
        # report on Friday claimed that ...").
        return "question"
    return None


_POSSESSED = re.compile(r"(?:\b(?:its|their|his|her|our)|['’]s)\s+$", re.IGNORECASE)


def plain_denial(before: str) -> bool:
    """Whether a clause's text before its trigger ends in a plain negation of the verb
    ("never", "did not"), not a party's denial ("rejected", "denied") nor one of another verb
    ("has not acknowledged the loss")."""
    denials = list(cues()["negated"].finditer(before))
    return bool(denials) and denials[-1].group().lower() in rules("modality")[
        "negated_plain"] and _VERB_GROUP_END.fullmatch(before, denials[-1].end()) is not None


def hedged(text: str) -> bool:
    """Whether the sentence hedges ("reportedly", "allegedly")."""
    return bool(cues()["hedges"].search(text))


_SPEAKER_AFTER = re.compile(r"^\s*,?\s*([^.;“”\"]{3,120}?)\s*[.;]?\s*[”\"]?\s*$")


def attribution(sentence: str) -> tuple[str, tuple[int, int] | None]:
    """Who the sentence says is speaking, and the span of that phrase, or ("", None)."""
    c = cues()
    m = _ACCORDING.search(sentence)
    if m:
        return m.group(1).strip(), m.span(1)
    for sm in c["speech"].finditer(sentence):
        head = sentence[:sm.start()].rstrip()
        cut = max(head.rfind(","), head.rfind("”"), head.rfind('"'), head.rfind(";"),
                  head.rfind(" that "))
        phrase = head[cut + 1:].strip()
        if not phrase and head.endswith(","):
            # "The ministry's spokesman, Maj. Gen. Igor Konashenkov, said ..."
            inner = max(head.rfind("”"), head.rfind('"'), head.rfind(" that "))
            phrase = head[inner + 1:].strip(" ,")
        if phrase and len(phrase.split()) <= 14 and phrase.split()[0].lower() not in _NOT_SPEAKERS:
            start = head.rfind(phrase)
            return phrase, (start, start + len(phrase))
        tail = sentence[sm.end():]
        tm = _SPEAKER_AFTER.match(tail)
        if tm and len(tail.split()) <= 12 and head.endswith((",", "”", '"')):
            return tm.group(1).strip(), (sm.end() + tm.start(1), sm.end() + tm.end(1))
    return "", None
