"""Recognising text encodings that carry no marker."""
from __future__ import annotations


def utf16_without_bom(data: bytes, sample: int = 8192) -> str | None:
    """The text of UTF-16 data that has no byte order mark, or None if ``data`` is not that.

    ASCII characters (newlines, digits, Latin letters) put a zero byte in every second
    position: the odd ones in little-endian, the even ones in big-endian (a few CJK
    characters, such as 一 U+4E00, put one on the other side). Binary data has zero bytes
    on both sides alike. The candidate must also decode strictly into printable text.
    """
    head = data[:sample]
    if len(data) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if min(even, odd) * 4 > max(even, odd):
        return None
    try:
        text = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    window = text[:4000]
    printable = sum(ch.isprintable() or ch in "\n\r\t\f" for ch in window)
    return text if printable >= 0.98 * len(window) else None


def _private_use(text: str) -> int:
    return sum("\ue000" <= ch <= "\uf8ff" for ch in text)


def chinese_legacy(data: bytes) -> str | None:
    """The text of GB18030 (GBK, GB2312) or Big5 data, or None if it is neither.

    Each decodes most byte pairs of the other, but Big5 read as GBK lands in GBK's user-defined
    areas (Big5's 一, 人, 中 and its full-width comma and stop among them), which decode to
    private-use glyphs. The reading with fewer of those wins; GB18030 on a tie.
    """
    readings = []
    for order, codec in enumerate(("gb18030", "cp950", "big5hkscs")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.append((_private_use(text), order, text))
    return min(readings)[2] if readings else None
