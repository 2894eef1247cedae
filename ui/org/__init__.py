"""The organisation tab (组织架构)."""
