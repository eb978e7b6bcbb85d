"""Synthetic corpora made from the seed report, varied so the copies are not identical.

Each variant swaps the report's places, figures and sentence order, so keyword and
vector search see many similar but distinct documents, as in a real archive.
"""
from __future__ import annotations

import random
import re

from _common import SEEDS

PLACES = ["杭州", "宁波", "温州", "绍兴", "湖州", "嘉兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌", "余姚",
          "瑞安", "海宁", "桐乡", "诸暨", "慈溪", "乐清", "临海"]
TOPICS = ["党建", "应急救护", "无偿献血", "造血干细胞捐献", "遗体器官捐献", "志愿服务", "人道救助", "博爱家园",
          "红十字青少年", "备灾救灾"]


def seed_paragraphs() -> list[str]:
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 40]


def variant(paragraphs: list[str], rng: random.Random, n: int) -> str:
    """One document of ``n`` paragraphs, a title and section headings."""
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    out = [f"{place}红十字会{topic}工作报告（第{rng.randint(1, 999)}期）", ""]
    for i in range(n):
        if i % 5 == 0:
            out += [f"{rng.choice(['扎实推进', '创新开展', '全面加强'])}{topic}工作，{place}取得新进展", ""]
        p = rng.choice(paragraphs)
        def vary(m: re.Match) -> str:
            return str(round(float(m.group(0)) * rng.uniform(0.3, 3), 1 if "." in m.group(0) else None))
        p = re.sub(r"\d+(\.\d+)?", vary, p)
        p = p.replace("浙江省", f"{place}市").replace("仙居", rng.choice(PLACES)).replace("湖州", rng.choice(PLACES))
        sentences = re.split(r"(?<=。)", p)
        rng.shuffle(sentences)
        out += ["".join(sentences).strip(), ""]
    return "\n".join(out)


def corpus(paragraph_count: int, per_doc: int = 15, seed: int = 7) -> list[tuple[str, str]]:
    """(file name, text) pairs holding about ``paragraph_count`` body paragraphs in all."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    docs, made = [], 0
    while made < paragraph_count:
        n = min(per_doc, paragraph_count - made)
        docs.append((f"gen_{len(docs):05d}.txt", variant(paragraphs, rng, n)))
        made += n
    return docs
