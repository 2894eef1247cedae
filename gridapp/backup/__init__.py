"""Backups that can be trusted: verified SQLite copies with a manifest, thinned by the calendar, photos kept
incrementally, restore, and pg_dump before a server upgrade."""
