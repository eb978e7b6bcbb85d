"""An html page saved from Microsoft Word in set 44's shape (lead-48, from its Cheung Chau first-aid report): its
numbered lists are no ``<ol>``, but paragraphs of class ``MsoListParagraph`` whose style names Word's list and level
(``mso-list:l0 level1 lfo1``), each number written in a ``<![if !supportLists]>`` span before the text. Each was read
as a paragraph of its own, the number opening its sentence (an answer quoted ``2. 今年…``); they are a list's items,
one passage, each number kept in the passage and out of its sentence, as an ``<ol>``'s are. Made-up pages in that
shape."""
from __future__ import annotations

from tests.files import load

_ITEM = ("<p class=MsoListParagraph style='margin-left:24.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
         "<span lang=EN-US>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
         "<![endif]><span lang=ZH-TW>{text}</span><o:p></o:p></p>")

_PAGE = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta name=ProgId content=Word.Document>"
         "<title>白沙灣海灘急救服務總結</title></head><body lang=ZH-TW><div class=WordSection1>"
         "<p class=MsoNormal><b>一、服務概要</b><o:p></o:p></p>"
         "<p class=MsoNormal>本隊於暑假期間在白沙灣設置急救站兩個，處理個案58宗。<o:p></o:p></p>"
         "<p class=MsoNormal><b>二、隊伍及物資</b><o:p></o:p></p>"
         + _ITEM.format(n=1, text="隊長何家朗，現役隊員24人。")
         + _ITEM.format(n=2, text="今年首次租用臨時器材倉，租金由區議會資助。")
         + _ITEM.format(n=3, text="每站配備AED一部，共兩部。")
         + "<p class=MsoNormal><b>三、建議</b><o:p></o:p></p>"
         "<p class=MsoNormal>明年增設流動急救隊一隊。<o:p></o:p></p></div></body></html>")


def test_word_list_paragraphs_are_one_list_with_their_numbers_out_of_their_sentences():
    doc = load(_PAGE.encode(), "summary.html")
    listed = [p for p in doc.body if "臨時器材倉" in p.text or "临时器材仓" in p.text]
    assert len(listed) == 1 and listed[0].kind == "list"
    assert "AED" in listed[0].text and "24人" in listed[0].text
    assert not any(s.lstrip().startswith(("1.", "2.", "3.")) for s in listed[0].sentences)
