"""Alerts (提醒): the core list and read marks, and the centre in the window."""
