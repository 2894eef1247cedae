"""Alerts (提醒): a bell with the unread count, the list of what needs the logged-in person, tray notices."""
