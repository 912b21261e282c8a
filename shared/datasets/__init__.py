"""Datasets: uploaded files and connected databases, their schema and value profiles."""
