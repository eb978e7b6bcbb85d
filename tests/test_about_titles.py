"""/about lists each document under its title as written: a traditional-script title is not shown simplified."""
from __future__ import annotations

from reportbot.bot.format import format_about
from reportbot.index.library.service import QAService

from tests.conftest import SEEDS

TRADITIONAL = "臺灣救護員訓練簡報\n\n本會去年舉辦救護員訓練課程十二期，結業學員共計三百六十人。\n".encode()


def test_about_shows_a_traditional_script_title_as_written(tmp_path, hash_embedder):
    svc = QAService(tmp_path, SEEDS, embedder=hash_embedder)
    svc.add(TRADITIONAL, "brief.txt", "admin")
    shown = format_about(svc.about(), "zh")
    assert "臺灣救護員訓練簡報" in shown and "台湾救护员训练简报" not in shown
    assert "擎旗奋进绘新篇" in shown  # a simplified title stays as it is
