"""Eval: does the answer assessor rank a question's model answer above wrong answers?

Data: `interview/30_seconds_of_interviews/questions.jsonl` under
SCOUT_EVAL_DATA (default ../shared/data): technical questions with a model
answer and tags. The question as posed is its text plus its code context;
the skill passed to the assessor is the question's first tag.

For every question the positive is its own model answer; the negatives are

- vague: each of VAGUE_TEMPLATES (item-independent filler; some name the
  tag, as a candidate bluffing on the topic would);
- off_topic: the model answer of a question sharing no tag (one per question,
  drawn with a fixed seed);
- same_topic: the model answer of another question with the same tag that
  is nearest in meaning (embedding cosine) to this question's own model
  answer — the words are right, the answer is wrong (the hardest case);
- same_topic_words: the same, nearest in words (Jaccard overlap of word
  stems), a choice that does not depend on the embedding model;
- same_topic_any: every other question's model answer with the same tag;
- empty: "".

AUC is pooled over all questions (positives of every question against the
negatives of every question), computed for the assessor's continuous
quality, its 1–5 score (ties count half), and a plain cosine of question and
answer as the baseline. Prints a table, writes
`evals/results/interview_assessor.json` ({config, records, details}, as every
eval does; see evals/common.py). Missing data is reported and skipped (exit 0).

    python -m evals.interview_assessor
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.settings import Settings
from evals.common import (
    EvalRecord,
    base_config,
    eval_data_dir,
    fingerprint,
    fmt,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from store.embeddings import Embedder, load_embedder
from tools.answer_completeness import is_complete
from tools.answer_quality import quality, score
from tools.answer_signals import measure_answer
from tools.answer_text import stem_counts
from tools.taxonomy import Taxonomy

NAME = "interview_assessor"
MAIN_SCORER = "assessor (quality)"
DATA_FILE = Path("interview") / "30_seconds_of_interviews" / "questions.jsonl"
SEED = 7
TARGETS = {"vague": 0.97, "off_topic": 0.97, "empty": 0.97, "same_topic": 0.95}
NEGATIVES = ("vague", "off_topic", "same_topic", "same_topic_words", "same_topic_any", "empty")
VAGUE_TEMPLATES = (
    "I have used this a lot and it is very important in my work. I always try to follow "
    "best practices and keep things clean.",
    "Yes, I know this well. It depends on the situation, but generally I would look it up "
    "and apply it the right way.",
    "That's a great question. In my experience it is all about understanding the "
    "fundamentals and working well with the team.",
    "I worked with {topic} for several years, so I am very comfortable with it. It is "
    "something I use every day.",
    "Basically it is a concept that helps you write better code. There are many ways to do "
    "it and I usually pick the best one.",
    "In {topic} this comes up all the time. You just have to be careful and test everything "
    "properly, and then it works fine.",
    "I would say it is one of the most useful things to know. I read a lot about it and I "
    "think I understand it quite well.",
    "Honestly I would need to check the documentation, but I am a fast learner and I am sure "
    "I could figure it out quickly.",
)


@dataclass(frozen=True)
class Item:
    """One question of the data set."""

    question: str
    answer: str
    tags: tuple[str, ...]

    @property
    def skill(self) -> str:
        """The first tag stands for the skill the question tests."""
        return self.tags[0]


@dataclass(frozen=True)
class Pair:
    """An answer given to the question at `index`."""

    index: int
    answer: str


class CachedEmbedder:
    """Embeds each distinct text once (the eval reuses answers across questions)."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for `texts`, computing only the ones not seen before."""
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            self._vectors.update(zip(new, self._embedder.embed(new), strict=True))
        return np.stack([self._vectors[t] for t in texts])


def load_items(path: Path) -> list[Item]:
    """Questions with their code context, model answers and tags."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        context = row.get("question_context") or ""
        question = f"{row['question']}\n{context}".strip()
        items.append(Item(question, row["answer"], tuple(row.get("tags") or ("general",))))
    return items


def build_pairs(items: list[Item], embedder: CachedEmbedder) -> dict[str, list[Pair]]:
    """The positive and every kind of negative answer for each question."""
    answers = embedder.embed([item.answer for item in items])
    similar = answers @ answers.T
    stems = [set(stem_counts(item.answer)) for item in items]
    pairs: dict[str, list[Pair]] = {name: [] for name in ("positive", *NEGATIVES)}
    for i, item in enumerate(items):
        same = [j for j, other in enumerate(items) if j != i and set(other.tags) & set(item.tags)]
        other = [j for j, o in enumerate(items) if not set(o.tags) & set(item.tags)]
        pairs["positive"].append(Pair(i, item.answer))
        pairs["vague"] += [Pair(i, t.format(topic=item.skill)) for t in VAGUE_TEMPLATES]
        pairs["off_topic"].append(Pair(i, items[random.Random(SEED + i).choice(other)].answer))
        if same:
            nearest = max(same, key=lambda j: (float(similar[i, j]), -j))
            pairs["same_topic"].append(Pair(i, items[nearest].answer))
            wordy = max(same, key=lambda j: (_jaccard(stems[i], stems[j]), -j))
            pairs["same_topic_words"].append(Pair(i, items[wordy].answer))
            pairs["same_topic_any"] += [Pair(i, items[j].answer) for j in same]
        pairs["empty"].append(Pair(i, ""))
    return pairs


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a positive outranks a negative (ties count half)."""
    pos = np.asarray(positives, dtype=float)[:, None]
    neg = np.asarray(negatives, dtype=float)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


Scorer = Callable[[Item, str], float]


def assessor_scorers(embedder: CachedEmbedder, taxonomy: Taxonomy) -> dict[str, Scorer]:
    """The assessor's continuous quality and its 1–5 score, from one measurement."""
    memo: dict[tuple[str, str], tuple[float, int]] = {}

    def both(item: Item, answer: str) -> tuple[float, int]:
        key = (item.question, answer)
        if key not in memo:
            signals = measure_answer(
                item.question, answer, skill=item.skill, embedder=embedder, taxonomy=taxonomy
            )
            memo[key] = (quality(signals), score(signals, complete=is_complete(signals)))
        return memo[key]

    return {
        "assessor (quality)": lambda item, answer: both(item, answer)[0],
        "assessor (1-5 score)": lambda item, answer: float(both(item, answer)[1]),
        "cosine baseline": _cosine_scorer(embedder),
    }


def _cosine_scorer(embedder: CachedEmbedder) -> Scorer:
    def cosine(item: Item, answer: str) -> float:
        if not answer.strip():
            return -1.0
        vectors = embedder.embed([item.question, answer])
        return float(vectors[0] @ vectors[1])

    return cosine


def evaluate(items: list[Item], pairs: dict[str, list[Pair]], scorers: dict[str, Scorer]) -> dict:
    """AUC per scorer and negative kind, plus the 1–5 score spread of positives."""
    table: dict[str, dict[str, float]] = {}
    for name, scorer in scorers.items():
        values = {
            kind: [scorer(items[p.index], p.answer) for p in ps] for kind, ps in pairs.items()
        }
        table[name] = {kind: round(auc(values["positive"], values[kind]), 4) for kind in NEGATIVES}
    return table


def score_spread(items: list[Item], pairs: dict[str, list[Pair]], scorer: Scorer) -> dict:
    """How many answers of each kind got each 1–5 score."""
    spread: dict[str, dict[str, int]] = {}
    for kind, ps in pairs.items():
        counts = {str(s): 0 for s in range(1, 6)}
        for p in ps:
            counts[str(int(scorer(items[p.index], p.answer)))] += 1
        spread[kind] = counts
    return spread


def show_table(table: dict[str, dict[str, float]]) -> None:
    """The AUC table (rows: scorers, columns: negative kinds), targets underneath."""
    rows = [[name, *(fmt(row[kind], 4) for kind in NEGATIVES)] for name, row in table.items()]
    rows.append(["target (assessor)", *(fmt(TARGETS.get(kind)) for kind in NEGATIVES)])
    print_table("Answer assessor: AUC of the model answer against", ["scorer", *NEGATIVES], rows)


def records_of(table: dict[str, dict[str, float]]) -> list[EvalRecord]:
    """One `{key, score, comment}` per scorer and negative kind."""
    return [
        record(
            f"auc.{_key(name)}.{kind}",
            value,
            f"target {TARGETS[kind]}" if kind in TARGETS and name == MAIN_SCORER else "",
        )
        for name, row in table.items()
        for kind, value in row.items()
    ]


def _key(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name).strip("_").replace("__", "_")


def run(settings: Settings) -> int:
    """Run the eval on the data SCOUT_EVAL_DATA names (DataMissing when it is absent)."""
    data_dir = eval_data_dir(settings)
    (path,) = require(data_dir, str(DATA_FILE))
    embedder = load_embedder(settings)
    cached = CachedEmbedder(embedder)
    items = load_items(path)
    pairs = build_pairs(items, cached)
    scorers = assessor_scorers(cached, Taxonomy.load())
    table = evaluate(items, pairs, scorers)
    show_table(table)
    config = base_config(
        NAME,
        data_dir,
        data=fingerprint([path]),
        embedding_model=embedder.model_name,
        embedding_backend=embedder.backend_name,
        embedding_max_seq_length=embedder.max_seq_length,
        vague_templates=len(VAGUE_TEMPLATES),
        seed=SEED,
        question_text="question + code context",
        skill="first tag",
    )
    details = {
        "questions": len(items),
        "pairs": {kind: len(ps) for kind, ps in pairs.items()},
        "auc": table,
        "targets": TARGETS,
        "meets_targets": {k: table[MAIN_SCORER][k] >= v for k, v in TARGETS.items()},
        "score_spread": score_spread(items, pairs, scorers["assessor (1-5 score)"]),
    }
    write_results(NAME, config, records_of(table), details)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: reads SCOUT_EVAL_DATA (default ../shared/data); missing data is a skip."""
    del argv
    return skip_if_missing(NAME, lambda: run(Settings()))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
