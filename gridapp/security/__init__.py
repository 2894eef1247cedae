"""Accounts, permissions, audit and secrets."""
