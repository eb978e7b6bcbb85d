"""The question a message to the bot holds, as a vote after a restart records it (made-up questions)."""
from __future__ import annotations

import pytest
from reportbot.bot.conversation import asked_text


@pytest.mark.parametrize("text, question", [
    ("/ask 游泳馆有几条泳道", "游泳馆有几条泳道"),
    ("/ask@club_bot 游泳馆有几条泳道", "游泳馆有几条泳道"),
    ("@Club_Bot 游泳馆有几条泳道", "游泳馆有几条泳道"),  # a mention: kept with the @name before
    ("游泳馆有几条泳道 @club_bot", "游泳馆有几条泳道"),
    ("how many lanes does the pool have", "how many lanes does the pool have"),
    ("@club_bot", None), ("/ask", None),
])
def test_the_question_without_its_command_or_mention(text, question):
    assert asked_text(text, "club_bot") == question
