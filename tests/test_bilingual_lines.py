"""A newsletter typed as plain text in two languages, each Chinese line followed by its English translation (lead-46,
from set 42's documents): a title and headings each written twice, a line in each language, and paragraphs in pairs.
Read as one paragraph, each pair stood in every search twice (a Chinese question about an English document found the
pair's English half, a Chinese question its Chinese half: the newsletter drew questions about other documents), and
a heading and its translation were two headings, the first standing over nothing. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_NEWSLETTER = """香港紅十字會荃灣區救護隊　2025年度通訊
Tsuen Wan District Ambulance Team — Annual Newsletter 2025

隊長的話
From the Team Captain

2025年本隊共有隊員96名，其中新隊員14名。
The team had 96 members in 2025, 14 of them new.

當值服務
Duty cover

全年當值205次，處理傷病者388人次。
The team went on duty 205 times and handled 388 casualties.

城門谷泳池夏季當值32場。
Shing Mun Valley swimming pool: 32 summer duties covered.
"""


def test_each_paragraph_of_a_pair_is_a_passage_in_its_own_language():
    doc = load(_NEWSLETTER.encode(), "通訊.txt")
    chinese = next(p for p in doc.body if "205次" in p.text)
    english = next(p for p in doc.body if "205 times" in p.text)
    assert chinese is not english
    assert "went on duty" not in chinese.text and "當值" not in english.text and "当值" not in english.text


def test_a_heading_and_its_translation_are_one_heading_over_both_paragraphs():
    doc = load(_NEWSLETTER.encode(), "通訊.txt")
    chinese = next(p for p in doc.body if "205次" in p.text)
    english = next(p for p in doc.body if "205 times" in p.text)
    assert chinese.path == english.path and "Duty cover" in chinese.path[-1] and "当值服务" in chinese.path[-1]
    assert not any(p.text.strip() in ("當值服務", "当值服务", "Duty cover") for p in doc.body)


def test_the_title_and_its_translation_are_the_title():
    doc = load(_NEWSLETTER.encode(), "通訊.txt")
    assert "Tsuen Wan District Ambulance Team" in doc.title and "荃湾区救护队" in doc.title
    assert not any("Annual Newsletter" in p.text for p in doc.body)


def test_a_chinese_paragraph_with_an_english_name_in_it_is_one_paragraph():
    text = "荃灣年報\n\n一、概況\n\n本隊與Tsuen Wan Rotary Club合辦急救日，\nparticipants came from 12 schools。\n"
    doc = load(text.encode(), "年報.txt")
    assert any("Rotary Club" in p.text and "12 schools" in p.text for p in doc.body)
