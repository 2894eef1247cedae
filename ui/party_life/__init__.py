"""Party life's pages in the organisation tab: meetings with attendance and their done-vs-due matrix."""
