"""An e-mail or web address is an identifier, not words: a passage's vector is made without it."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.addresses import VECTOR_TEXT, without_addresses
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.passage_texts import vector_texts
from reportbot.testing.fakes import HashEmbedder

NOTICE = ("# 秋季救护员培训班通知\n\n培训共开设两期，每期限额40人。\n\n## 联系方式\n\n"
          "- 联系人：李老师\n- 电子邮箱：first-aid.office@donghu.edu.cn\n- 报名网址：https://www.donghu.edu.cn/rc\n")


def test_addresses_are_left_out_and_the_words_around_them_kept():
    assert without_addresses("电子邮箱：redcross@donghu.edu.cn；电话027-87650000") == "电子邮箱：；电话027-87650000"
    assert without_addresses("See https://example.org/a?b=1 or www.example.org.") == "See  or "
    assert without_addresses("Dr. Li checks the kit at 8.30 a.m.") == "Dr. Li checks the kit at 8.30 a.m."


def test_a_passages_vector_is_made_without_its_addresses_and_its_text_keeps_them(tmp_path):
    doc = parse_text(NOTICE, "notice.md")
    contact = next(p for p in doc.paragraphs if "电子邮箱" in p.text)
    text = vector_texts([doc])[doc.paragraphs.index(contact)]
    assert "联系人：李老师" in text and "电子邮箱：" in text
    assert "@" not in text and "https" not in text and "donghu.edu.cn" not in text
    assert "first-aid.office@donghu.edu.cn" in contact.text  # what the passage says and cites is unchanged
    index = PassageIndex.build([doc], HashEmbedder(), tmp_path / "ix", second_opinion=None)
    assert index.manifest["vector_text"] == VECTOR_TEXT
