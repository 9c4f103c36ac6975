"""Interchange formats, one module each, reading and writing core's plain objects. No Qt."""
