"""Item-data roles shared by every model: the row object itself and the raw value to sort by."""

from PySide6.QtCore import Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row dataclass behind an index
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw, comparable value (numbers stay numbers)
