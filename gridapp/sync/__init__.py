"""Offline sync between the plant and its pump stations: the change log, signed bundles, the merge and its archive."""
