"""Training (三学四课堂): sessions by kind and classroom, attendance, per-person hours and the unit's training matrix."""
