"""jieba served from the data folder's lexicon cuts and tags every text as the whole dictionary does."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# In a fresh process (jieba's state is per process): make jieba ready from the cache folder, then cut.
CUT = r"""
import json, sys
from pathlib import Path
import jieba
from reportbot.index.retrieval.tokenize import initialize, tokenize, tokenize_spans
initialize(Path(sys.argv[1]))
texts = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
from reportbot.index.retrieval.lexicon import frequency
# before any cut: the lexicon reads these words' groups for them
frequencies = [frequency(w) for w in ["董事会", "手套", "γ射线", "γ射", "不存在的词", "救援队"]]
from reportbot.index.answering.entities import dictionary_word
known = [dictionary_word(w) for w in ["秘书长", "董事长", "高建军", "林志远"]]
import jieba.posseg
cuts = [[tokenize(t), [list(g) for g in tokenize_spans(t)], jieba.lcut(t), [list(p) for p in jieba.posseg.lcut(t)]]
        for t in texts]
from reportbot.index.retrieval.bridge import _gloss_keys_of
glosses = [_gloss_keys_of(w) for w in ["董事会", "手套", "救援队", "志愿者", "不存在的词", "行"]]
from reportbot.index.retrieval.cedict import english_vocabulary
from reportbot.index.retrieval.place_names import jieba_places, romanised_places
from reportbot.index.retrieval.lexicon import table
from reportbot.index.retrieval.spoken import cantonese_characters, equivalents, final_particles
tables = {"english": english_vocabulary(), "places": jieba_places(), "place_pinyin": romanised_places(),
          "spoken": [*(f"{k}={v}" for k, v in equivalents().items()), *final_particles(), *cantonese_characters()]}
from reportbot.index.retrieval.place_names import english_forms
forms = [english_forms(p) for p in ["江苏", "萧山", "陕西", "青岛"]]
pinyin = "pypinyin" in sys.modules
out = {"entries": len(jieba.dt.FREQ), "cuts": cuts, "frequencies": frequencies, "known": known,
       "glosses": glosses, "forms": forms,
       "pypinyin": pinyin,
       "tables": {k: sorted(v) for k, v in tables.items()}, "served": [table(k) is not None for k in tables]}
print(json.dumps(out, ensure_ascii=False))
"""


def _texts() -> list[str]:
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    docs = [p.read_text(encoding="utf-8") for p in (ROOT / "bench" / "library" / "docs").glob("*.[mt][dx]*")]
    questions = [json.loads(line)["question"] for line in
                 (ROOT / "tests" / "data" / "qa_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [line for text in [seed, *docs] for line in text.splitlines() if line.strip()]
    return lines + questions + ["γ射线 and γγ", "2023年GDP增长5.2%", "ＡＢＣ  \r\n 中文"]


def _cut(cache: Path, texts: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CUT, str(cache), str(texts)], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout
    return json.loads(out)


def test_lexicon_cuts_and_tags_as_the_whole_dictionary(tmp_path):
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(_texts(), ensure_ascii=False), encoding="utf-8")
    whole = _cut(tmp_path / "cache", texts)  # no lexicon yet: jieba loads in full and the lexicon is written
    assert (tmp_path / "cache" / "lexicon.bin").is_file()
    lazy = _cut(tmp_path / "cache", texts)
    assert lazy["entries"] < whole["entries"]  # only the groups of the characters these texts use were read
    assert lazy["cuts"] == whole["cuts"]
    assert lazy["frequencies"] == whole["frequencies"] and whole["frequencies"][0] > 0
    # a post the dictionary holds is no person's name, whether or not a text with its characters was cut yet
    assert lazy["known"] == whole["known"] == [True, True, False, False]
    assert lazy["glosses"] == whole["glosses"] and whole["glosses"][0]
    # the gloss words' stems (a word no gloss spells is read as a typo), the places and their pinyin come
    # from the lexicon, as made from the dictionaries read whole
    assert all(lazy["served"]) and not any(whole["served"])
    assert lazy["tables"] == whole["tables"]
    assert "rescu" in whole["tables"]["english"] and "江苏" in whole["tables"]["places"]
    assert "jiangsu" in whole["tables"]["place_pinyin"]
    # the spoken readings' tables too (CC-CEDICT read whole on a question's first spoken word otherwise)
    assert "㗎" in whole["tables"]["spoken"] and any("=" in x for x in whole["tables"]["spoken"])
    # how English writes a question's place comes from the lexicon too: pypinyin (0.16 s) is not even imported
    assert lazy["forms"] == whole["forms"] and ["jiangsu"] in whole["forms"] and ["shaanxi"] in whole["forms"]
    assert not lazy["pypinyin"]


def test_a_damaged_lexicon_is_ignored_and_rewritten(tmp_path):
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(["志愿者有多少名"], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "lexicon.bin").write_bytes(b"\x05\x00\x00\x00\x00\x00\x00\x00oops")
    whole = _cut(tmp_path / "cache", texts)
    assert whole["entries"] > 300_000
    lazy = _cut(tmp_path / "cache", texts)
    assert lazy["entries"] < 20_000 and lazy["cuts"] == whole["cuts"]  # the groups its few characters need


def test_an_acronym_keeps_its_letters_as_a_keyword():
    """AED is no past tense of "a": "total AEDs" must meet "an AED arrives" and "配置AED 6800台" on the keyword side."""
    from reportbot.index.retrieval.tokenize import stem, tokenize

    asked = set(tokenize("total AEDs in zhejiang"))
    assert "aed" in asked
    assert "aed" in tokenize("ask a bystander to fetch an AED") and "aed" in tokenize("全省新增配置AED 6800台")
    assert stem("donated") == stem("donate") and stem("volunteers") == stem("volunteer")  # stemming still works
