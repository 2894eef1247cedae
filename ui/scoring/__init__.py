"""The score dashboards tab (积分看板)."""
