"""Fault-injection tests: backups, restore, atomic upgrades, and what kill -9 can and cannot do."""
