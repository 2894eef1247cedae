"""The working session at a PC: first start, login, password changes, idle lock and switching user."""
