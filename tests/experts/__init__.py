"""Tests of the expert layer."""
