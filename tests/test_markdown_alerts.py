"""GitHub's alert blocks in Markdown (``> [!NOTE]`` over the quoted lines): GitHub shows the alert's kind as its
title (Note, Tip, Important, Warning, Caution) over the text, so the passage reads ``Note: …`` where it read the
marker with a space put in (``[! NOTE] This leaflet …``) (set-48). Made-up guides in that style."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

GUIDE = """# Riverbend Plasma Centre: Visitor Notes 2025

> [!NOTE]
> This leaflet replaces the March 2024 edition. Parking moved to the east lot in May 2025.

## Before you visit

> [!warning]
> Do not donate within 7 days of a tattoo.

> [!TIP]
>
> Bring a snack for after your donation.

> A plain quote stays as written. — Jo Park, volunteer
"""


def _texts() -> list[str]:
    return [p.text for p in parse_text(GUIDE, "guide.md").body]


def test_an_alerts_marker_is_read_as_the_title_github_shows():
    texts = _texts()
    assert not any("[!" in t or "[! " in t for t in texts)
    assert any(t.startswith("Note: This leaflet replaces the March 2024 edition.") for t in texts)
    assert any(t.startswith("Warning: Do not donate within 7 days of a tattoo.") for t in texts)
    assert any(t.startswith("Tip: Bring a snack for after your donation.") for t in texts)


def test_a_quote_with_no_alert_marker_is_read_as_before():
    assert any("A plain quote stays as written. — Jo Park, volunteer" in t for t in _texts())
