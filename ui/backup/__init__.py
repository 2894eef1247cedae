"""Backups and restore: the File menu's page, and the automatic backups at start and every few hours of work."""
