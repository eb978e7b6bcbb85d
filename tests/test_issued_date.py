"""A question asking when a document itself was issued is answered by the date its title block carries, not by a
year its body mentions (review-30). Made-up documents and questions, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.answering.engine import Engine
from reportbot.index.answering.issued import asks_issued
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import analyse

NOTICE = """关于开展“博爱家园”项目申报工作的通知

东江市红十字会办公室 2025年3月12日

各区县红十字会：

为推进社区防灾减灾，现将“博爱家园”项目申报工作通知如下。项目自2019年起每年发布一次。

一、申报条件

申报社区应于2023年以前成立红十字服务站，常住人口不少于3000人。
"""
REVIEW = """Annual Review of the Hillford Food Bank

Published 12 March 2025

About us

The food bank was founded in 2011 by four churches. Our first annual review was published in 2016.

Our year

Volunteers packed 14,200 parcels, 9% more than the year before.
"""


CLOSED = """临江市红十字会2024年工作报告

2024年，临江市红十字会围绕主责主业，各项工作取得新进展。现将主要工作报告如下。

一、应急救护

全年培训持证救护员1.2万人，普及培训5.6万人次。

二、队伍建设

全市红十字救援队14支，队员620人。注：数据截至2024年12月31日。

三、2025年工作安排

新建博爱家园20个。

临江市红十字会 2025年1月20日
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, e5):
    docs = [parse_text(NOTICE, "notice.txt"), parse_text(REVIEW, "review.txt"),
            parse_text(CLOSED, "closed.txt")]
    return Engine(PassageIndex.build(docs, e5, tmp_path_factory.mktemp("issued") / "ix"), e5)


def test_when_a_document_was_issued_is_its_own_date(engine):
    assert engine.ask("这个通知是什么时候印发的").answer == "2025年3月12日"
    assert engine.ask("When was this annual review published?").answer == "12 March 2025"


def test_other_when_questions_still_read_the_body(engine):
    assert engine.ask("When was the food bank founded?").answer == "2011"
    assert not asks_issued(analyse("When was the food bank founded?"))
    assert not asks_issued(analyse("申报材料什么时候报送"))


def test_a_report_dated_at_its_close_is_dated_by_its_closing_line(engine):
    # the issuer and date that end a report are its date, not a date its body names (数据截至…)
    assert engine.ask("临江这份工作报告的落款日期是哪天").answer == "2025年1月20日"
    assert engine.ask("when was the linjiang work report dated").answer == "2025年1月20日"


def test_a_bare_put_out_verb_asks_for_the_documents_own_date(engine):
    # 发 alone after the when-word (报告是哪天发的, 几号发的), and "put out its …": the document's own date, not a
    # year its body or title names (2024年, "first annual review was published in 2016") (rank40)
    assert engine.ask("临江2024年的工作报告是哪天发的").answer == "2025年1月20日"
    assert engine.ask("临江市红十字会的年度报告几号发的").answer == "2025年1月20日"
    assert engine.ask("When did Linjiang put out its 2024 work report?").answer == "2025年1月20日"
    assert engine.ask("when did hillford put out its annual review").answer == "12 March 2025"


def test_approving_a_policy_asks_for_its_date_and_handing_things_out_does_not():
    assert asks_issued(analyse("那个培训制度哪天批的"))
    assert asks_issued(analyse("When was the volunteer policy approved?"))
    assert not asks_issued(analyse("志愿者的工作服什么时候发"))  # no document asked about
    assert not asks_issued(analyse("这个报告说的项目哪天发放补贴"))  # 发放: handing out, not issuing


NUMBERED = """海滨市红十字会2024年工作总结

发布日期：2025-01-20 来源：海滨市红十字会办公室

2024年，海滨市红十字会围绕主责主业，全市红十字事业取得新进展。现将全年工作总结如下。

一、应急救护

全年普及培训3.2万人次，培训持证救护员4100人。

二、2025年工作打算

新建博爱家园12个。
"""


@pytest.fixture(scope="module")
def numbered(tmp_path_factory, e5):
    doc = parse_text(NUMBERED, "numbered.html")
    return Engine(PassageIndex.build([doc], e5, tmp_path_factory.mktemp("numbered") / "ix"), e5)


def test_a_date_written_in_numbers_alone_answers_when_the_document_was_issued(numbered):
    # 发布日期：2025-01-20: the date of a web page's info line, written with hyphens, is a date (rank40)
    answer = numbered.ask("海滨那个总结是哪天发的")
    assert answer.answer == "2025-01-20"
    assert typed_ok(analyse("海滨那个总结是哪天发的"), Span("2025-01-20", 0, 10, "header")) == 1.0
    assert typed_ok(analyse("海滨那个总结是哪天发的"), Span("0574-87301234", 0, 13, "header")) == 0.0  # a phone
