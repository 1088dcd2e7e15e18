"""Score the page reader against hand-checked pages: reads files only, writes nothing.

For each `<name>.html` with a `<name>.expected.json` beside it (searched recursively,
so `corpus/dev/` and `corpus/heldout/` are reported separately), compares what
`parse_document` extracts with the expected title, date and body paragraphs.

Body F1: both bodies are lowercased, whitespace-normalised and split into words with
punctuation kept (so "2,5" and "rp" survive as written); the multisets of word
4-grams ("shingles") give precision, recall and F1 per page, averaged over pages.
Title: exact match after whitespace normalisation. Date: `published_on` equal, and when
the expected file gives `published_at`, the same instant. Safe to re-run.
"""

import json
import time
from collections import Counter
from pathlib import Path

import trafilatura
from django.core.management.base import BaseCommand, CommandError

from articles.reading import ParseError, parse_document
from articles.reading.decoding import decode_html
from articles.reading.page.lines import clean_blocks
from articles.reading.vocabulary import split_dateline

# The source is not scored; a page that names no publisher is imported with --source, as
# the operator would be told to, so the scorer gives one rather than count a refusal.
UNSCORED_SOURCE = "(source not scored)"
TARGET_F1 = 0.95
TARGET_TITLE = 0.90
TARGET_DATE = 0.90
SHINGLE = 4


def shingles(text: str) -> Counter:
    words = " ".join(text.lower().split()).split(" ")
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if text.strip() else Counter()
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def body_f1(extracted: str, expected: str) -> tuple[float, float, float]:
    got, want = shingles(extracted), shingles(expected)
    overlap = sum((got & want).values())
    if not got or not want:
        return (1.0, 1.0, 1.0) if got == want else (0.0, 0.0, 0.0)
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def score_page(page: Path, expected: dict, *, body_reader=None) -> dict:
    """One page's scores; `body_reader(bytes) -> str` swaps in another body extractor."""
    data = page.read_bytes()
    started = time.perf_counter()
    try:
        parsed = parse_document(data, name=page.name, source=UNSCORED_SOURCE)
    except ParseError as error:
        return {"page": page, "error": str(error), "f1": 0.0, "title_ok": False,
                "date_ok": False, "seconds": time.perf_counter() - started}  # fmt: skip
    body = body_reader(data) if body_reader else parsed.body
    seconds = time.perf_counter() - started
    precision, recall, f1 = body_f1(body, "\n\n".join(expected["body"]))
    date_ok = parsed.published_on.isoformat() == expected["published_on"]
    if date_ok and expected.get("published_at"):
        from datetime import datetime

        want = datetime.fromisoformat(expected["published_at"].replace("Z", "+00:00"))
        date_ok = parsed.published_at is not None and parsed.published_at == want
    title_ok = " ".join(parsed.title.split()) == " ".join(expected["title"].split())
    return {
        "page": page,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "title_ok": title_ok,
        "date_ok": date_ok,
        "seconds": seconds,
        "title": parsed.title,
        "published": parsed.published_at or parsed.published_on,
    }


def trafilatura_body(data: bytes) -> str:
    """trafilatura's main text with the same line clean-up, for `--extractor trafilatura`."""
    text = trafilatura.extract(
        decode_html(data)[0], include_comments=False, include_tables=False, favor_precision=True
    )
    blocks = [(line.strip(), None) for line in (text or "").splitlines() if line.strip()]
    paragraphs, _ = clean_blocks(blocks, [], [], "")
    if paragraphs:
        _, paragraphs[0] = split_dateline(paragraphs[0], [])
    return "\n\n".join(paragraphs)


class Command(BaseCommand):
    help = (
        "Score page extraction on a folder of *.html pages with *.expected.json answers "
        "(body shingle F1, title and date accuracy). Reads only; safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument(
            "--strict",
            action="store_true",
            # argparse formats help with %: the percent signs are doubled.
            help=f"Exit non-zero when the averages miss the targets (F1 {TARGET_F1}, "
            f"title {TARGET_TITLE:.0%}%, date {TARGET_DATE:.0%}%).",
        )
        parser.add_argument(
            "--extractor",
            choices=["builtin", "trafilatura"],
            default="builtin",
            help="Body extractor to score (trafilatura must be installed to compare).",
        )

    def handle(self, *args, folder, strict, extractor, verbosity, **options):
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder; pass the directory holding the pages.")
        cases = []
        for answer in sorted(folder.rglob("*.expected.json")):
            page = answer.with_name(answer.name.removesuffix(".expected.json") + ".html")
            if not page.exists():
                raise CommandError(f"{answer} has no page beside it; expected {page.name}")
            try:
                expected = json.loads(answer.read_text(encoding="utf-8"))
            except ValueError as error:
                raise CommandError(f"{answer}: not valid JSON ({error})") from error
            cases.append((page, expected))
        if not cases:
            raise CommandError(f"No *.expected.json files under {folder}.")
        reader = None
        if extractor == "trafilatura":
            try:
                import trafilatura  # noqa: F401
            except ImportError as error:
                raise CommandError(
                    "trafilatura is not installed; pip install it to compare"
                ) from error
            reader = trafilatura_body

        try:  # warm-up, so the first page's time does not include imports
            parse_document(cases[0][0].read_bytes(), name=cases[0][0].name, source=UNSCORED_SOURCE)
        except ParseError:
            pass
        results = [score_page(page, expected, body_reader=reader) for page, expected in cases]
        self.stdout.write(f"{'F1':>5} {'P':>5} {'R':>5} title date   ms  page")
        for r in results:
            name = r["page"].relative_to(folder)
            if "error" in r:
                self.stdout.write(
                    f"{0:5.2f} {'-':>5} {'-':>5}   no   no "
                    f"{r['seconds'] * 1000:4.1f}  {name}: {r['error']}"
                )
                continue
            self.stdout.write(
                f"{r['f1']:5.2f} {r['precision']:5.2f} {r['recall']:5.2f} "
                f"{'ok' if r['title_ok'] else 'NO':>5} {'ok' if r['date_ok'] else 'NO':>4} "
                f"{r['seconds'] * 1000:4.1f}  {name}"
            )
            if verbosity >= 2 and not (r["title_ok"] and r["date_ok"]):
                self.stdout.write(f"{'':29}got {r['title']!r} {r['published']}")
        groups = {"all": results}
        for r in results:
            parent = r["page"].parent
            if parent != folder:
                groups.setdefault(str(parent.relative_to(folder)), []).append(r)
        summary = {}
        for label, group in groups.items():
            n = len(group)
            summary[label] = (
                sum(r["f1"] for r in group) / n,
                sum(r["title_ok"] for r in group) / n,
                sum(r["date_ok"] for r in group) / n,
                sum(r["seconds"] for r in group) / n * 1000,
            )
            f1, title, date, ms = summary[label]
            self.stdout.write(
                f"{label}: {n} pages, body F1 {f1:.3f}, title {title:.0%}, date {date:.0%}, "
                f"parse {ms:.1f} ms/page"
            )
        f1, title, date, _ = summary["all"]
        if strict and (f1 < TARGET_F1 or title < TARGET_TITLE or date < TARGET_DATE):
            raise CommandError(
                f"below target: body F1 {f1:.3f} (>= {TARGET_F1}), title {title:.0%} "
                f"(>= {TARGET_TITLE:.0%}), date {date:.0%} (>= {TARGET_DATE:.0%})"
            )
