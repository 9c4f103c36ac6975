"""Pure-Python domain: canonical text, offsets, spans, labels, articles. No Qt, no SQL."""
