"""Benchmarks: synthetic plants at the stated scale and the timings each issue budgets. Run by hand, not by pytest."""
