"""Security administration: accounts (system administrator), password policy (security administrator), audit trail (auditor)."""
