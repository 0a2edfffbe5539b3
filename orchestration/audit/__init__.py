"""Audit: exact recordings of a review (every model request and reply, every expert output) and their playback with no model."""
