"""How wide a piece of a PDF's text is drawn, from its font's widths (pypdf's ``Font``), to find where a line ends."""
from __future__ import annotations

import re
import unicodedata

# Helvetica-Bold, Arial,Bold, Segoe UI Semibold, ABCDEF+SimSun-Heavy, Arial-Black (not Academic)
_BOLD = re.compile(r"bold|heavy|[-,_ +](?:demi|black)", re.IGNORECASE)


def is_bold(font_dict) -> bool:
    """Whether a font is a bold face, by its name (``/BaseFont``): a PDF keeps no weight of its own for a line."""
    try:
        return bool(_BOLD.search(str(font_dict.get("/BaseFont", "")))) if font_dict is not None else False
    except Exception:  # noqa: BLE001 (a font resource pypdf cannot read as a dictionary)
        return False


class FontWidths:
    """Text widths in points for the fonts of one page's pieces, each font's metrics read once.

    pypdf reads a font's widths (``/Widths``, a CID font's ``/W``, the standard 14 fonts' built-in metrics) in
    ``pypdf.generic._font.Font``, a module it does not export: where it is missing or fails on a font, a width is
    estimated (a Chinese character a square, any other character half of one).
    """

    def __init__(self) -> None:
        self._fonts: dict[int, object] = {}

    def width(self, text: str, font_dict, size: float) -> float:
        font = self._font(font_dict)
        if font is not None:
            try:
                return float(font.get_text_width(text)) * size / 1000  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 (a font pypdf cannot measure: fall back to the estimate)
                pass
        return sum(size * (1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5) for ch in text)

    def _font(self, font_dict):
        if font_dict is None:
            return None
        key = id(font_dict)
        if key not in self._fonts:
            try:
                from pypdf.generic._font import Font

                self._fonts[key] = Font.from_font_resource(font_dict)
            except Exception:  # noqa: BLE001 (an older pypdf, or a font it cannot read)
                self._fonts[key] = None
        return self._fonts[key]
