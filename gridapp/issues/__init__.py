"""The issue board (问题看板): reports, the workflow state machine, clocks, hazards, search, indicators, printouts."""
