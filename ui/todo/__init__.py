"""My to-do (我的待办): what waits for the logged-in person, in a dock of the main window."""
