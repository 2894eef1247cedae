"""Read-only panels of the organisation tab: a unit's header (leaders, officers, zone leads, warnings at a glance)
and a person's details (roles and their history, guardians, wards, claimed areas)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gridapp.org.rows import AssignmentRow, PersonDetail, UnitHeader
from gridapp.times import plant_today
from ui.org.labels import gender_label, party_status_label, unit_kind_label, warning_text

ZONES_SHOWN = 12
WARNINGS_SHOWN = 6
WARN = "#C62828"


def _e(text: str) -> str:
    return html.escape(text)


def _names(rows: tuple[AssignmentRow, ...] | list[AssignmentRow]) -> str:
    return "、".join(_e(a.person_name) for a in rows)


class UnitHeaderView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitHeader")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setContentsMargins(4, 2, 4, 6)

    def show_header(self, header: UnitHeader | None) -> None:
        if header is None:
            self.clear()
            return
        u = header.unit
        vacant = self.tr("vacant")  # tr() outside f-strings: lupdate does not look inside them
        empty = f'<span style="color:{WARN}">{_e(vacant)}</span>'
        lines = [
            self.tr("<b style='font-size:large'>{0}</b> &nbsp; {1} · code {2} · {3} people, {4} party members").format(
                _e(u.name), unit_kind_label(u.kind), _e(u.code), u.people, u.party_members
            )
        ]
        leads = []
        if header.leaders or u.kind.value in ("grid", "net"):
            leads.append(self.tr("Leader: {0}").format(_names(header.leaders) or empty))
        if header.secretaries:
            leads.append(self.tr("Party secretary: {0}").format(_names(header.secretaries)))
        leads += [f"{_e(a.role_name)}: {_e(a.person_name)}" for a in header.others]
        if leads:
            lines.append(" &nbsp;·&nbsp; ".join(leads))
        if header.officers:
            slots = [f"{_e(s.role.name)} {_names(list(s.holders)) or empty}" for s in header.officers]
            lines.append(self.tr("Officers: {0}").format(" · ".join(slots)))
        if header.zone_leads:
            zones = [f"{_e(z.zone_name)} {_names(list(z.leads)) or empty}" for z in header.zone_leads[:ZONES_SHOWN]]
            more = len(header.zone_leads) - ZONES_SHOWN
            if more > 0:
                zones.append(self.tr("and {0} more").format(more))
            lines.append(self.tr("Zone leads: {0}").format(" · ".join(zones)))
        if header.warnings:
            shown = [_e(warning_text(w)) for w in header.warnings[:WARNINGS_SHOWN]]
            more = len(header.warnings) - WARNINGS_SHOWN
            if more > 0:
                shown.append(self.tr("and {0} more").format(more))
            lines.append(f'<span style="color:{WARN}">⚠ ' + "；".join(shown) + "</span>")
        self.setText("<br>".join(lines))


class PersonDetailView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDetail")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(220)
        self.show_detail(None)

    def show_detail(self, detail: PersonDetail | None) -> None:
        if detail is None:
            hint = self.tr("Choose a person to see the details.")
            self.setText(f"<i>{_e(hint)}</i>")
            return
        p = detail.person
        today = plant_today()
        if p.left_on is None:
            state = self.tr("Active")
        else:
            left = self.tr("Left {0}").format(p.left_on.isoformat())
            state = f'<span style="color:{WARN}">{_e(left)}</span>'
        rows = [
            (self.tr("Employee no."), _e(p.employee_no)),
            (self.tr("Gender"), _e(gender_label(p.gender))),
            (self.tr("Party status"), _e(party_status_label(p.party_status))),
            (self.tr("Unit"), _e(detail.unit_path)),
            (self.tr("Team"), _e(p.team)),
            (self.tr("Post"), _e(p.post)),
            (self.tr("Phone"), _e(p.phone)),
            (self.tr("Status"), state),
        ]
        table = "".join(f"<tr><td style='color:gray'>{k}</td><td>{v}</td></tr>" for k, v in rows if v)
        parts = [f"<b style='font-size:large'>{_e(p.name)}</b>", f"<table cellspacing=2>{table}</table>"]
        current = [a for a in detail.roles if a.active_on(today) or a.starts_on > today]
        ended = [a for a in detail.roles if a not in current]
        parts.append(self._section(self.tr("Roles"), [self._role(a) for a in current]))
        if ended:
            parts.append(self._section(self.tr("Role history"), [self._role(a) for a in ended]))
        parts.append(self._section(self.tr("Guardian"), [_e(g.guardian_name) for g in detail.guardians]))
        wards = [
            _e(w.area_name) + _e(self.tr(" (area)")) if w.area_id else f"{_e(w.ward_name)}（{_e(w.ward_employee_no)}）"
            for w in detail.wards
        ]
        if wards:
            parts.append(self._section(self.tr("Answers for"), wards))
        if detail.claimed_areas:
            parts.append(self._section(self.tr("Claimed areas"), [_e(a.name) for a in detail.claimed_areas]))
        self.setText("".join(parts))

    def _role(self, a: AssignmentRow) -> str:
        until = a.ends_on.isoformat() if a.ends_on else self.tr("now")
        return (
            f"{_e(a.unit_name)} {_e(a.role_name)} <span style='color:gray'>{a.starts_on.isoformat()} – {until}</span>"
        )

    def _section(self, title: str, items: list[str]) -> str:
        none = self.tr("none")
        body = "<br>".join(items) if items else f"<span style='color:gray'>{_e(none)}</span>"
        return f"<p><b>{_e(title)}</b><br>{body}</p>"
