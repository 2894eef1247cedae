"""The inspection cards tab (检查点项卡)."""
