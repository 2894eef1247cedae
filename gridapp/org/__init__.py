"""The organisation tree: units, posts, people, roles, guardianship and areas."""
