"""The one tokenizer for passages and questions (keyword search)."""
from __future__ import annotations

import atexit
import functools
import logging
import re
import threading
from pathlib import Path

import jieba
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.tuning import DEFAULT

jieba.setLogLevel(logging.WARNING)
_init_lock = threading.Lock()

TOKENIZER_NAME = "jieba-search-v3"
# indexes whose passages were tokenized by these serve as they are: v3 only adds the words of bracketed
# alternatives to passages (a question is tokenized the same by both)
READS_TOKENIZERS = ("jieba-search-v2", TOKENIZER_NAME)

# Function words and question words: they say what kind of answer is wanted,
# not what the answer is about, so they are no keyword evidence.
STOPWORDS_ZH = frozenset(
    """的 了 是 在 有 和 与 及 或 也 都 就 而 并 等 把 被 将 对 为 以 于 从 到 由 这 那 其 之 个 些 中 上 下
    什么 哪些 哪个 哪里 哪儿 哪 多少 几 几个 几名 几项 谁 何 如何 怎么 怎样 怎么样 为什么 吗 呢 吧 啊 么 啥 咋
    请问 请 告诉 我 我们 你 你们 他 她 它 他们 一下 一个 这篇 这个 那个 文章 综述 报告 本文 里 中的 得
    哪一个 名字 名称 叫 叫做 多大 多久 是否 有没有 分别 主要 具体 获得 得到 进行 开展 实施 通过 其中 所 已 已经 能 会 要 可以""".split()  # noqa: E501 (CJK text counts double)
)
STOPWORDS_EN = frozenset(
    """a an the of to in on at for by with from and or is are was were be been being do does did have has had
    how many much what which who whom whose where when why that this these those it its their there here as
    about into than then so such any some each all can could should would will shall may might must not no
    i me my we our you your he she his her they them us tell please name named called get got give given
    report article document text passage""".split()
)
_PUNCT = re.compile(r"^[\W_]+$")
_EN_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
_POSSESSIVE = re.compile(r"'(s|ll|ve|re|d|m)$|n't$")  # they'll -> they, didn't -> did: the word a dictionary knows
_NEGATED = {"can't": "can", "won't": "will", "shan't": "shall"}  # where dropping n't leaves no word
# an ordinal's suffix (7th, 21st) is part of the number, no English word of its own
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
# "whats", "thats": a question word or pronoun with its 's typed without the apostrophe (English grammar, as 's is)
_CONTRACTED = re.compile(r"^(what|who|where|when|how|that|there|here|it|he|she)s$")


def initialize(cache_dir: Path | None = None) -> None:
    """Make jieba's dictionary ready once; safe to call again.

    Args:
        cache_dir: where jieba keeps its dictionary cache (the data folder's ``cache/``, so a
            cleaned temp folder does not cost a 3-second rebuild of it); None: the temp folder.
            With a cache folder the dictionary is read a first character at a time from its
            lexicon (``lexicon.py``), written there by the first start that loads it whole.
    """
    with _init_lock:
        if not jieba.dt.initialized:
            if cache_dir is not None and lexicon.load_into_jieba(cache_dir):
                return
            if cache_dir is not None and jieba.dt.tmp_dir is None:
                cache_dir.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache_dir)
            jieba.initialize()  # about half a second
            if cache_dir is not None:  # for the next start; meanwhile this one goes on (a first start embeds)
                writer = threading.Thread(target=_write_lexicon, args=(cache_dir,), name="lexicon", daemon=True)
                writer.start()
                atexit.register(writer.join)  # a short command's process waits for it after its answer


def _write_lexicon(cache_dir: Path) -> None:
    try:
        lexicon.write(cache_dir / lexicon.FILE_NAME)  # about a second
    except OSError as exc:  # a read-only data folder: the next start loads jieba whole again
        logging.getLogger(__name__).warning("could not write jieba's lexicon: %s", exc)


@functools.cache
def _stemmer():
    import snowballstemmer  # English words only: not imported for a start-up that sees none

    return snowballstemmer.stemmer("english")


# Irregular past forms Snowball leaves alone: English morphology, not vocabulary.
_IRREGULAR = dict(x.split(":") for x in """built:build held:hold took:take taken:take went:go gone:go won:win
wrote:write
written:write made:make gave:give given:give got:get gotten:get led:lead brought:bring began:begin begun:begin
did:do done:do chose:choose chosen:choose knew:know known:know showed:show shown:show saw:see seen:see
found:find grew:grow grown:grow ran:run spent:spend sent:send paid:pay rose:rise risen:rise won:win
became:become met:meet kept:keep left:leave told:tell thought:think taught:teach fought:fight bought:buy
sold:sell stood:stand understood:understand drew:draw drawn:draw felt:feel lost:lose""".split())
IRREGULAR_PAST = frozenset(_IRREGULAR)  # the forms themselves: a past tense or participle Snowball cannot see


@functools.lru_cache(maxsize=100000)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem of an English word, so "donated" and "donate" meet.

    A stem of one or two letters is a short word read as inflected, mostly an acronym that
    happens to end like one (aed, aeds -> "a"): the word itself is kept, without a plural s.
    """
    word = word.lower().strip("'")
    stemmed = _stemmer().stemWord(_IRREGULAR.get(word, word))
    if len(stemmed) < 3 <= len(word):
        return word[:-1] if word.endswith("s") and len(word) > 3 else word
    return stemmed


def tokenize(text: str) -> list[str]:
    """Keyword tokens of normalised text: jieba's search-mode words, stemmed English.

    The same function serves documents and questions. Stopwords, question words
    and punctuation are dropped.

    Args:
        text: text already passed through :func:`reportbot.corpus.normalize.normalize`.
    """
    initialize()
    return [t for t in (_keep(tok) for tok in jieba.lcut_for_search(text.lower())) if t is not None] + \
        bracketed_alternatives(text)


# a word and its alternatives in brackets, each as long as the word: 县（市、区）, 乡镇（街道）
_ALTERNATIVES = re.compile(r"([\u4e00-\u9fff]{1,4})[（(]([\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+)[）)]")


def bracketed_alternatives(text: str) -> list[str]:
    """The words a text writes as a word with its alternatives in brackets, joined as a question types them:
    89个县（市、区） -> 县市区 (jieba cuts the bracketed form into single characters)."""
    out = []
    for m in _ALTERNATIVES.finditer(text):
        alternatives = m.group(2).split("、")
        k = len(alternatives[0])
        if len(m.group(1)) >= k and all(len(a) == k for a in alternatives):
            out.append(m.group(1)[-k:] + "".join(alternatives))
    return out


def _keep(tok: str) -> str | None:
    tok = tok.strip()
    if not tok or _PUNCT.match(tok):
        return None
    if tok.isascii() and re.match(r"[a-z]", tok):
        return None if tok in STOPWORDS_EN else stem(tok)
    return None if tok in STOPWORDS_ZH else tok


def tokenize_groups(text: str) -> list[dict[str, float]]:
    """The tokens of :func:`tokenize`, grouped by the word they are part of.

    jieba's search mode yields a word and its sub-words (救援队, 救援); a
    question word is one concept, so its forms form one group whose best match
    counts once. The whole word weighs 1.0, a sub-word ``SearchTuning.sub_word_weight``.
    """
    return [g for _, _, g in tokenize_spans(text)]


def tokenize_spans(text: str) -> list[tuple[int, int, dict[str, float]]]:
    """:func:`tokenize_groups` with each group's character span in ``text``."""
    initialize()
    spans = [(w.lower(), a, b) for w, a, b in jieba.tokenize(text.lower(), mode="search")]
    spans.sort(key=lambda x: (x[1], -(x[2] - x[1])))
    groups: list[tuple[int, int, dict[str, float]]] = []
    for word, a, b in sorted(spans, key=lambda x: -(x[2] - x[1])):
        tok = _keep(word)
        if tok is None:
            continue
        for ga, gb, g in groups:
            if ga <= a and b <= gb:
                g.setdefault(tok, DEFAULT.sub_word_weight)
                break
        else:
            groups.append((a, b, {tok: 1.0}))
    groups.sort(key=lambda x: x[0])
    return groups


def english_words(text: str) -> list[str]:
    """Lower-cased English words of ``text`` with stopwords kept (for phrase matching).

    A possessive or a contraction ('s, 'll, n't) is dropped ("Fang Zhe's" -> fang, zhe; "what's" and "whats"
    -> what): the word before it is the one a dictionary or a name knows. An ordinal's suffix is no word
    (7th -> nothing).
    """
    words = (_NEGATED.get(w) or _POSSESSIVE.sub("", w) for w in _EN_WORD.findall(_ORDINAL.sub(" ", text.lower())))
    return [_CONTRACTED.sub(r"\1", w) for w in words]
