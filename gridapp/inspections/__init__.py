"""Inspection cards: the book, four cards and three tables of each post, checkpoint items, rounds, and their prints."""
