"""The formats' names as the command line takes them, apart from the formats themselves:
the parser is built at every start, window included, and importing the registry (every
reader and writer, their patterns compiled) cost it about 90 ms. A test checks that
these are the registry's own."""

from __future__ import annotations

READABLE = ("csv", "qari-jsonl", "brat", "doccano", "label-studio", "conll", "span-csv")
WRITABLE = ("csv", "qari-jsonl", "brat", "doccano", "label-studio", "conll", "claims-csv")
