"""The fake Bot API refuses what Telegram refuses, so a reply Telegram would not deliver fails the test that sent it
(the ``api`` fixture asserts nothing was refused: that check holds only if the fake does refuse)."""
from __future__ import annotations

import httpx
import pytest
from reportbot.testing.fakebotapi import TOKEN, FakeBotAPI
from reportbot.testing.telegram_text import MAX_TEXT, telegram_refusal


@pytest.mark.parametrize("text, why", [
    ("Tom & Jerry", "unexpected '&'"),                       # a bare & must be &amp;
    ("a <b>bold</b> 1 < 2", "unexpected '<'"),
    ("<div>Title</div>", "unsupported start tag \"div\""),
    ("<b>open", "can't find end tag"),
    ("<b><i>crossed</b></i>", "can't find end tag"),
    ("<b> </b>", "message text is empty"),
    ("<b>" + "字" * (MAX_TEXT + 1) + "</b>", "message is too long"),
])
def test_telegram_refuses_bad_html_empty_and_long_texts(text, why):
    assert why in (telegram_refusal(text, "HTML") or "")


def test_telegram_takes_escaped_text_its_tags_and_4096_characters_once_parsed():
    taken = "Tom &amp; Jerry &lt;3 <b>bold <i>and</i></b> <a href=\"https://x.org\">x</a>"
    assert telegram_refusal(taken, "HTML") is None
    assert telegram_refusal("<b>" + "&amp;" * MAX_TEXT + "</b>", "HTML") is None  # each &amp; is one character
    assert telegram_refusal("Tom & Jerry <3", None) is None  # plain text: nothing is markup


async def test_the_fake_answers_a_refused_message_as_telegram_does_and_records_it():
    api = FakeBotAPI()
    await api.start()
    try:
        async with httpx.AsyncClient(base_url=f"{api.base_url}{TOKEN}") as client:
            bad = await client.post("/sendMessage", json={"chat_id": 5, "text": "<b>open", "parse_mode": "HTML"})
            good = await client.post("/sendMessage", json={"chat_id": 5, "text": "<b>closed</b>", "parse_mode": "HTML"})
    finally:
        await api.stop()
    assert bad.status_code == 400 and bad.json()["description"].startswith("Bad Request: can't parse entities")
    assert good.json()["ok"] and [m["text"] for m in api.replies_to(5)] == ["<b>closed</b>"]
    assert [r["text"] for r in api.rejected] == ["<b>open"]
