"""The tackling projects' page (攻关项目) of the issue board tab: the board by status or by grid, a project's plan."""
