"""The table of suggestions: number, date, unit, who, title, category, state and the review."""

from __future__ import annotations

import enum
from typing import Any

from gridapp.party_life.kinds import SuggestionState
from gridapp.party_life.rows import SuggestionRow
from ui.party_life.words import category_label, suggestion_state_label
from ui.row_table import RowTableModel


class SuggestionColumn(enum.IntEnum):
    NUMBER = 0
    SUBMITTED_ON = 1
    UNIT = 2
    SUBMITTER = 3
    TITLE = 4
    CATEGORY = 5
    STATE = 6
    REVIEW = 7


class SuggestionTableModel(RowTableModel[SuggestionRow]):
    columns = SuggestionColumn

    def title(self, column: SuggestionColumn) -> str:
        return {
            SuggestionColumn.NUMBER: self.tr("No."),
            SuggestionColumn.SUBMITTED_ON: self.tr("Submitted"),
            SuggestionColumn.UNIT: self.tr("Unit"),
            SuggestionColumn.SUBMITTER: self.tr("By"),
            SuggestionColumn.TITLE: self.tr("Suggestion"),
            SuggestionColumn.CATEGORY: self.tr("Category"),
            SuggestionColumn.STATE: self.tr("State"),
            SuggestionColumn.REVIEW: self.tr("Review"),
        }[column]

    def text(self, row: SuggestionRow, column: SuggestionColumn) -> str:
        match column:
            case SuggestionColumn.NUMBER:
                return str(row.number)
            case SuggestionColumn.SUBMITTED_ON:
                return row.submitted_on.isoformat()
            case SuggestionColumn.UNIT:
                return row.unit
            case SuggestionColumn.SUBMITTER:
                return row.submitter
            case SuggestionColumn.TITLE:
                return row.title
            case SuggestionColumn.CATEGORY:
                return category_label(row.category)
            case SuggestionColumn.STATE:
                return suggestion_state_label(row.state)
        return self.review_text(row)

    def review_text(self, row: SuggestionRow) -> str:
        if row.state is SuggestionState.MERGED:
            return self.tr("into “{0}”").format(row.merged_into)
        if row.state is SuggestionState.DONE:
            return " · ".join(p for p in (row.reviewer, row.done_note) if p)
        return " · ".join(p for p in (row.reviewer, row.review_note) if p)

    def sort_value(self, row: SuggestionRow, column: SuggestionColumn) -> Any:
        return row.number if column == SuggestionColumn.NUMBER else self.text(row, column)

    def tooltip(self, row: SuggestionRow, column: SuggestionColumn) -> str | None:
        return row.content or None

    def dimmed(self, row: SuggestionRow) -> bool:
        return row.state in (SuggestionState.NOT_ADOPTED, SuggestionState.MERGED)
