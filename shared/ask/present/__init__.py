"""Presenting an answer: charts, the one-line summary, number formatting."""
