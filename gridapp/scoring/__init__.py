"""Score dashboards (积分看板): point rules, entries proposed by events and confirmed by people, periods, outputs."""
