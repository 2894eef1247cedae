"""Tackling projects (攻关项目, seed 001's project matrix): party members' teams attacking the problems on the board."""
