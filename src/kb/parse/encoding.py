"""Decode text files whatever their encoding, so å, ä and ö come out right."""

from __future__ import annotations

import codecs

import charset_normalizer

# Bytes that never occur in text: NUL and the C0 controls other than tab,
# newline, form feed and carriage return.
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


def looks_binary(data: bytes) -> bool:
    """Whether the bytes look like binary data (images, archives) rather than text."""
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or the likeliest 8-bit codepage."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Swedish text in the wild is then almost always Windows-1252
    # (a superset of Latin-1 for printable text). Ask charset-normalizer only
    # when cp1252 cannot decode it.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")
