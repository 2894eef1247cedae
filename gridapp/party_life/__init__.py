"""Party life and care of people (组织生活与联系服务): meetings with attendance, talks with 1+N coverage, suggestions."""
