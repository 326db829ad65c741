"""Job-description skill extraction against human Skill tags (`jobs/skills_ner_dev.conll`).

168 job-ad sentences with BIO tags (Green et al., LREC 2022). Gold: the
Skill-tagged spans of each sentence. Predicted: the skills Scout finds in the
sentence, two ways — the taxonomy matcher alone (`Taxonomy.find`) and the job
analyser (`analyze_job`, required + preferred skills) on the sentence as a
tiny job description. Measures, micro-averaged over sentences:

* strict — a found mention's text equals a Skill span (case/whitespace
  normalised);
* overlap — a found mention overlaps a Skill span in the sentence (recall: a
  span overlapped by some mention);
* canonical — canonical names: a Skill span maps to the taxonomy name it is
  (`Taxonomy.canonical`) or the names found inside it; spans that map to no
  name are left out of recall and counted as the taxonomy's coverage gap.

Most spans are long free-text abilities ("influence cross functional teams
and suppliers"), so strict recall is low by construction. Canonical recall is
high by construction for spans that contain a taxonomy surface (the same
matcher names them); what limits recall there is the taxonomy's coverage of
the spans, reported as its own number. Canonical precision is the informative
one: names found outside any Skill span.

    python -m evals.jd_skills
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from evals.common import (
    Counts,
    EvalRecord,
    base_config,
    eval_data_dir,
    fingerprint,
    fmt,
    norm,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from tools.analyze_job import analyze_job
from tools.taxonomy import Taxonomy

NAME = "jd_skills"
DATA_FILE = "jobs/skills_ner_dev.conll"
EXAMPLES_KEPT = 40
NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "%"})


@dataclass(frozen=True)
class Sentence:
    """A detokenised sentence with its Skill spans as character ranges."""

    text: str
    skills: tuple[tuple[int, int], ...]

    def span_texts(self) -> list[str]:
        """The text of each Skill span."""
        return [self.text[a:b] for a, b in self.skills]


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, tag) lists; blank lines separate sentences."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if current:
        sentences.append(current)
    return sentences


def detokenise(tokens: list[tuple[str, str]], label: str = "Skill") -> Sentence:
    """Join tokens into text, keeping the character range of each `label` span."""
    text, spans, start, end = "", [], None, 0
    for token, tag in tokens:
        if text and token not in NO_SPACE_BEFORE:
            text += " "
        begin = len(text)
        text += token
        inside = tag == f"I-{label}" and start is not None
        if start is not None and not inside:
            spans.append((start, end))
            start = None
        if tag == f"B-{label}" or (tag == f"I-{label}" and start is None):
            start = begin
        end = len(text)
    if start is not None:
        spans.append((start, end))
    return Sentence(text, tuple(spans))


def gold_names(sentence: Sentence, taxonomy: Taxonomy) -> tuple[set[str], int]:
    """Canonical names of the Skill spans, and how many spans map to none."""
    names, unmapped = set(), 0
    for span in sentence.span_texts():
        found = {taxonomy.canonical(span)} - {None} or {m.name for m in taxonomy.find(span)}
        names |= {n for n in found if n}
        unmapped += int(not found)
    return names, unmapped


@dataclass
class Scores:
    """Strict, overlap and canonical counts for one system."""

    strict: Counts
    overlap: Counts
    canonical: Counts
    false_positives: Counter[str]
    false_negatives: Counter[str]
    examples: list[dict[str, object]]

    @classmethod
    def empty(cls) -> Scores:
        """Nothing counted yet."""
        return cls(Counts(), Counts(), Counts(), Counter(), Counter(), [])


def score_matcher(sentences: list[Sentence], taxonomy: Taxonomy) -> Scores:
    """The taxonomy matcher: mentions with their positions."""
    scores = Scores.empty()
    for sentence in sentences:
        mentions = taxonomy.find(sentence.text)
        gold_text = {norm(t) for t in sentence.span_texts()}
        scores.strict.add({norm(m.surface) for m in mentions}, gold_text)
        hit = [any(m.start < b and a < m.end for a, b in sentence.skills) for m in mentions]
        found = [any(m.start < b and a < m.end for m in mentions) for a, b in sentence.skills]
        scores.overlap.add_counts(sum(hit), len(hit) - sum(hit), len(found) - sum(found))
        _canonical(scores, {m.name for m in mentions}, sentence, taxonomy)
    return scores


def score_analyser(sentences: list[Sentence], taxonomy: Taxonomy) -> Scores:
    """The job analyser on each sentence: canonical names only (it keeps no positions)."""
    scores = Scores.empty()
    for sentence in sentences:
        profile = analyze_job(sentence.text, taxonomy)
        _canonical(
            scores, set(profile.required_skills) | set(profile.preferred_skills), sentence, taxonomy
        )
    return scores


def _canonical(scores: Scores, predicted: set[str], sentence: Sentence, taxonomy: Taxonomy) -> None:
    gold, _ = gold_names(sentence, taxonomy)
    scores.canonical.add(predicted, gold)
    scores.false_positives.update(predicted - gold)
    scores.false_negatives.update(gold - predicted)
    if predicted != gold and len(scores.examples) < EXAMPLES_KEPT:
        scores.examples.append(
            {
                "sentence": sentence.text,
                "skill_spans": sentence.span_texts(),
                "extra": sorted(predicted - gold),
                "missed": sorted(gold - predicted),
            }
        )


def _row(name: str, counts: Counts | None) -> list[str]:
    if counts is None:
        return [name, "n/a", "n/a", "n/a", ""]
    return [
        name,
        fmt(counts.precision),
        fmt(counts.recall),
        fmt(counts.f1),
        f"{counts.tp}/{counts.fp}/{counts.fn}",
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the eval; a missing data folder is reported and skipped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    return skip_if_missing(NAME, lambda: _run(args))


def _run(_: argparse.Namespace) -> int:
    data_dir = eval_data_dir()
    (path,) = require(data_dir, DATA_FILE)
    taxonomy = Taxonomy.load()
    sentences = [detokenise(tokens) for tokens in read_conll(path)]
    spans = sum(len(s.skills) for s in sentences)
    unmapped = sum(gold_names(s, taxonomy)[1] for s in sentences)
    print(f"{NAME}: {len(sentences)} sentences, {spans} Skill spans from {path}")
    matcher, analyser = score_matcher(sentences, taxonomy), score_analyser(sentences, taxonomy)
    rows = [
        _row("taxonomy matcher, strict", matcher.strict),
        _row("taxonomy matcher, overlap", matcher.overlap),
        _row("taxonomy matcher, canonical", matcher.canonical),
        _row("job analyser, canonical", analyser.canonical),
    ]
    table = print_table(
        f"JD skills vs Skill tags ({len(sentences)} sentences, {spans} spans; "
        f"{spans - unmapped} map to a taxonomy skill)",
        ["measure", "P", "R", "F1", "tp/fp/fn"],
        rows,
    )
    records: list[EvalRecord] = [
        record(
            "taxonomy_coverage_of_spans",
            (spans - unmapped) / spans,
            f"{spans - unmapped}/{spans} spans map to a skill",
        )
    ]
    for key, counts in (
        ("matcher/strict", matcher.strict),
        ("matcher/overlap", matcher.overlap),
        ("matcher/canonical", matcher.canonical),
        ("analyser/canonical", analyser.canonical),
    ):
        for metric in ("precision", "recall", "f1"):
            records.append(
                record(
                    f"{key}/{metric}",
                    getattr(counts, metric),
                    f"tp={counts.tp} fp={counts.fp} fn={counts.fn}",
                )
            )
    config = base_config(
        NAME, data_dir, data_files=fingerprint([path]), sentences=len(sentences), skill_spans=spans
    )
    details = {
        "table": table,
        "matcher_false_positives": matcher.false_positives.most_common(40),
        "matcher_false_negatives": matcher.false_negatives.most_common(40),
        "analyser_false_positives": analyser.false_positives.most_common(40),
        "analyser_false_negatives": analyser.false_negatives.most_common(40),
        "matcher_examples": matcher.examples,
    }
    write_results(NAME, config, records, details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
