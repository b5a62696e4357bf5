"""Write a realistic synthetic corpus in the real format, for benchmarks.

    python benchmarks/make_corpus.py --essays 1000 [--vocabulary seed|realistic] OUT_DIR

Deterministic for a given --essays, --vocabulary and --seed. Essays have about fifteen
paragraphs: a title, a caption, the publisher's introduction, one to four
signed sections (a byline "Name, Title at Institution" and body paragraphs
built from the seed essays' sentences, some in British spelling), and a
disclaimer. Each author takes positions and states preconditions whose
quotes are verbatim sentences of their own passages, so `korea --corpus
OUT_DIR check` passes on the result.

The seed essays have about 1,000 distinct words, which makes typo expansion
cheap; a real corpus of thousands of essays has tens of thousands. With
`--vocabulary realistic`, a quarter of the words of every body sentence are
drawn instead from a lexicon of 60,000 made-up words with a Zipf distribution
(a few very common, most rare), and one word in 300 is misspelt (two letters
swapped), as real text has.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

from korea_cli.corpus import load
from korea_cli.layout import bundled_corpus
from korea_cli.names import key

GIVEN = [
    "Minjun",
    "Seoyeon",
    "Jiwoo",
    "Hana",
    "Daniel",
    "Sofia",
    "Lars",
    "Ingrid",
    "Kenji",
    "Aiko",
    "Wei",
    "Mei",
    "Olga",
    "Pavel",
    "Amara",
    "Tomás",
    "Zoë",
    "Björn",
    "Émile",
    "Chaewon",
]
FAMILY = [
    "Kim",
    "Park",
    "Choi",
    "Jung",
    "Lindqvist",
    "Swanberg",
    "Tanaka",
    "Sato",
    "Zhang",
    "Liu",
    "Ivanova",
    "Novák",
    "Okafor",
    "Müller",
    "García",
    "Dubois",
    "Larsen",
    "Yoon",
    "Han",
    "Moreau",
]
TITLES = ["Senior Fellow", "Director", "Research Fellow", "Professor", "Visiting Scholar", "Head of the Korea Programme", "Associate Professor"]
INSTITUTES = [
    "the Institute for Peninsula Studies",
    "Seoul Policy Forum",
    "the Nordic Centre for Asian Security",
    "the Pacific Strategy Council",
    "Tokyo Institute of Regional Affairs",
    "the Eurasia Peace Foundation",
]
PUBLISHERS = ["Peninsula Review", "Asia Security Monitor", "Korea Policy Notes", "Strategic Commentary"]
CAPTIONS = [
    "Delegations meet at the border village",
    "A summit venue before the talks",
    "Soldiers at the demilitarized zone",
    "Leaders shake hands after the meeting",
]
BRITISH = [("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("neighbor", "neighbour"), ("center", "centre"), ("program", "programme")]


def seed_sentences() -> list[str]:
    """Sentences of the bundled essays' body text: the vocabulary of a real debate."""
    corpus = load(bundled_corpus())
    sentences = []
    for passage in corpus.passages.values():
        if passage.role == "body":
            sentences += [s for s in re.split(r"(?<=[.?!])\s+", passage.text) if 40 <= len(s) <= 400]
    return sentences


def british(text: str, rng: random.Random) -> str:
    """Some paragraphs in British spelling, as real corpora mix them."""
    if rng.random() < 0.3:
        for american, variant in BRITISH:
            text = text.replace(american, variant)
    return text


LEXICON_SIZE = 60_000
ZIPF_EXPONENT = 1.07
"""Word frequencies in English text fall off as rank ** -1.07 or so."""
SYLLABLES = [c + v for c in "bdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


class Realistic:
    """Rewrites sentences so that the corpus has a real corpus's vocabulary: many rare words, a few common ones, some typos."""

    def __init__(self, rng: random.Random) -> None:
        words: dict[str, None] = {}
        while len(words) < LEXICON_SIZE:
            words["".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3, 3, 3, 4])))] = None
        self.lexicon = list(words)
        weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, LEXICON_SIZE + 1)]
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def sentence(self, text: str) -> str:
        out = []
        for word in text.split(" "):
            roll = self.rng.random()
            if roll < 0.25 and word.isalpha():
                word = self.rng.choices(self.lexicon, cum_weights=self.cumulative)[0]
            elif roll < 0.25 + 1 / 300 and len(word) > 4 and word.isalpha():
                at = self.rng.randrange(1, len(word) - 2)
                word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            out.append(word)
        return " ".join(out)


def make_authors(count: int, rng: random.Random) -> list[dict]:
    """Distinct people; given and family names never coincide, so a reversed name is nobody else's."""
    names = [(given, initial, family) for given in GIVEN for family in FAMILY for initial in ["", *"ABCDEFGHJKLMNPRSTW"]]
    rng.shuffle(names)
    authors = []
    for i, (given, initial, family) in enumerate(names[:count]):
        middle = f" {initial}." if initial else ""
        name = f"{given}{middle} {family}"
        authors.append(
            {
                "id": f"{re.sub(r'[^a-z0-9]+', '-', key(name)).strip('-')}-{i}",
                "name": name,
                "aliases": [f"{family} {given}{middle}"],
                "affiliation": f"{rng.choice(TITLES)} at {rng.choice(INSTITUTES)}",
            }
        )
    return authors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--essays", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--vocabulary", choices=["seed", "realistic"], default="seed", help="the seed essays' words, or a real corpus's many")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sentences = seed_sentences()
    realistic = Realistic(random.Random(args.seed + 1)) if args.vocabulary == "realistic" else None
    codebook = yaml.safe_load((bundled_corpus() / "codebook.yaml").read_text(encoding="utf-8"))
    topics = [t["id"] for t in codebook["topics"]]
    stances = [s["id"] for s in codebook["stances"]]
    goals = [g["id"] for g in codebook["goals"]]
    holders = [h["id"] for h in codebook["holders"]]
    authors = make_authors(max(4, args.essays // 12), rng)

    if args.out.exists():
        shutil.rmtree(args.out)
    essays_dir = args.out / "essays"
    essays_dir.mkdir(parents=True)
    shutil.copy(bundled_corpus() / "codebook.yaml", args.out / "codebook.yaml")
    used: dict[str, dict] = {}

    for number in range(args.essays):
        essay_id = f"synthetic-{number:05d}"
        publisher = rng.choice(PUBLISHERS)
        signers = rng.sample(authors, rng.choice([1, 1, 2, 3, 4]))
        paragraphs: list[tuple[str, str | None, str]] = [
            ("title", None, " ".join(rng.sample(sentences, 1)[0].split()[:8]).rstrip(",.;:") + "?"),
            ("caption", None, rng.choice(CAPTIONS)),
            ("introduction", None, f"{publisher} asked its experts for their views. " + rng.choice(sentences)),
        ]
        body_budget = max(1, (15 - 4 - len(signers)) // len(signers))
        for author in signers:
            paragraphs.append(("byline", author["id"], f"{author['name']}, {author['affiliation']}"))
            for _ in range(rng.randint(max(1, body_budget - 1), body_budget + 1)):
                chosen = rng.sample(sentences, rng.randint(2, 5))
                if realistic is not None:
                    chosen = [realistic.sentence(sentence) for sentence in chosen]
                paragraphs.append(("body", author["id"], british(" ".join(chosen), rng)))
        paragraphs.append(("disclaimer", None, "The views expressed above are those of the individual authors only."))
        text = "\n\n".join(p[2] for p in paragraphs) + "\n"
        (essays_dir / f"{essay_id}.txt").write_text(text, encoding="utf-8")

        positions, preconditions, affiliations = [], [], []
        for n, (role, author_id, paragraph) in enumerate(paragraphs, 1):
            if role == "byline":
                affiliation = next(a["affiliation"] for a in signers if a["id"] == author_id)
                affiliations.append({"author": author_id, "text": affiliation, "passage": n})
            if role != "body":
                continue
            quote = rng.choice(re.split(r"(?<=[.?!])\s+", paragraph))
            found = [
                t["id"]
                for t in codebook["topics"]
                if any(re.search(rf"\b{re.escape(a.lower())}\b", quote.lower()) for a in [t["label"], *t.get("aliases", [])])
            ]
            if rng.random() < 0.6:
                positions.append(
                    {
                        "author": author_id,
                        "topic": found[0] if found else rng.choice(topics),
                        "stance": rng.choice(stances),
                        "summary": "A synthetic summary of this position.",
                        "quote": quote,
                        "passage": n,
                    }
                )
            if rng.random() < 0.3:
                preconditions.append(
                    {
                        "author": author_id,
                        "goal": rng.choice(goals),
                        "condition": "A synthetic condition",
                        "held_by": rng.choice(holders),
                        "quote": quote,
                        "passage": n,
                    }
                )

        record = {
            "id": essay_id,
            "review": "reviewed",
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "title": {"value": paragraphs[0][2], "basis": "stated"},
            "publisher": {"value": publisher, "basis": "stated"},
            "date": {"value": f"{2017 + number % 8}", "basis": "inferred", "reason": "Synthetic: a year for the benchmark."},
            "url": {"value": None, "reason": "Synthetic."},
            "authors": [a["id"] for a in signers],
            "affiliations": affiliations,
            "passages": [
                {"n": n, "role": role, **({"author": a} if a else {}), "starts": " ".join(p.split()[:4])} for n, (role, a, p) in enumerate(paragraphs, 1)
            ],
            "positions": positions,
            "preconditions": preconditions,
        }
        (essays_dir / f"{essay_id}.yaml").write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        used.update((a["id"], a) for a in signers)

    (args.out / "authors").mkdir()
    for author in used.values():
        record = {"id": author["id"], "name": author["name"], "aliases": author["aliases"]}
        (args.out / "authors" / f"{author['id']}.yaml").write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print(f"wrote {args.essays} essays by {len(used)} authors to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
