"""The issue board tab (问题看板)."""
