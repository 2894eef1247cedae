"""Importing spreadsheets: the column mapping every import starts with, and the two-step dialog."""
