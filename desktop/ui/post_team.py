"""Post… on a PC joined to a team: "Submit for approval" to the team's accounts.

The same dialog as ``PostDialog`` (the post gate's findings per account, a reason where policy lets one be
overridden, now or a time), worded for a submission, with two more choices: a bilingual draft can go as a
Welsh and English pair (each side to its account, approved each on its own, the Welsh out first), and a
person whom team policy lets post without approval may do so, with a reason for the audit log. The
database decides in the end; this only offers what it would allow.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.accounts import AccountView
from desktop.core.networks import NETWORK_NAMES
from desktop.core.posting import Verdict
from desktop.core.service.submitting import TeamSide
from desktop.ui.i18n import shown
from desktop.ui.post_dialog import PostDialog

# what each account would get from each side of a bilingual draft: a verdict, or why it can't take it
Sides = Mapping[str, Mapping[int, Verdict | str]]


class TeamPostDialog(PostDialog):
    waits_for_connection = False  # another team PC may hold the account's credentials

    def __init__(
        self,
        accounts: list[AccountView],
        preselected: set[int],
        notes: dict[int, str],
        parent: QWidget | None,
        verdicts: dict[int, Verdict],
        refused: dict[int, str],
        *,
        team: TeamSide,
        sides: Sides | None = None,
    ) -> None:
        super().__init__(accounts, preselected, notes, parent, verdicts, {**refused, **team.refused})
        self.team = team
        self.accounts = accounts
        self.sides = sides or {}
        self.team_refused = dict(team.refused)
        self._listed = self.problems.toPlainText()
        self.setWindowTitle(self.tr("Submit for approval"))
        self.intro.setText(self.tr("Submit this draft for approval, to post to:"))
        self.list.setAccessibleName(self.tr("Team accounts to submit to"))
        self._as_soon = self.now.text()  # without approval: as soon as possible
        self._once_approved = self.tr("Post as soon as it is approved")
        self.now.setText(self._once_approved)

        self.pair_box = QCheckBox(self.tr("Submit as a Welsh and English p&air"), self)
        self.pair_box.setToolTip(
            self.tr(
                "The Welsh side goes to one account and the English side to another; each is approved on"
                " its own, and the Welsh goes out first."
            )
        )
        self.welsh = self._combo(self.tr("Welsh account"), "cy", 0)
        self.english = self._combo(self.tr("English account"), "en", 1)
        pair_form = QFormLayout()
        self.welsh_label = QLabel(self.tr("W&elsh side to:"), self)
        self.welsh_label.setBuddy(self.welsh)
        self.english_label = QLabel(self.tr("E&nglish side to:"), self)
        self.english_label.setBuddy(self.english)
        pair_form.addRow(self.welsh_label, self.welsh)
        pair_form.addRow(self.english_label, self.english)
        self.pair_box.setVisible(bool(self.sides) and len(accounts) > 1)

        self.direct_box = QCheckBox(self.tr("Post &without approval"), self)
        self.direct_box.setToolTip(self.tr("Team policy lets you post to these accounts without approval."))
        self.direct_box.setVisible(bool(team.direct))
        self.direct_reason_edit = QLineEdit(self)
        self.direct_reason_edit.setAccessibleName(self.tr("Reason for posting without approval"))
        self.direct_reason_edit.setPlaceholderText(
            self.tr("Why it can't wait for approval (kept in the team's audit log)")
        )
        self.direct_reason_label = QLabel(self.tr("Reason for posting without appro&val:"), self)
        self.direct_reason_label.setBuddy(self.direct_reason_edit)

        layout = self.layout()
        at = layout.indexOf(self.list) + 1
        layout.insertWidget(at, self.pair_box)
        layout.insertLayout(at + 1, pair_form)
        at = layout.indexOf(self.now)
        for offset, widget in enumerate((self.direct_box, self.direct_reason_label, self.direct_reason_edit)):
            layout.insertWidget(at + offset, widget)
        for signal in (self.pair_box.toggled, self.direct_box.toggled):
            signal.connect(lambda _on: self._update())
        for combo in (self.welsh, self.english):
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self.direct_reason_edit.textChanged.connect(lambda _text: self._update())
        self._update()

    def _combo(self, name: str, mode: str, fallback: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for account in self.accounts:
            combo.addItem(
                f"{NETWORK_NAMES.get(account.network, account.network)} · {account.handle}", account.id
            )
        modes = [a.settings.get("language_mode") for a in self.accounts]
        combo.setCurrentIndex(modes.index(mode) if mode in modes else min(fallback, len(self.accounts) - 1))
        return combo

    # -- what was chosen ---------------------------------------------------------------------------

    def as_pair(self) -> bool:
        return self.pair_box.isVisibleTo(self) and self.pair_box.isChecked()

    def chosen_verdicts(self) -> list[Verdict]:
        """The verdicts to submit: the accounts ticked, or the pair's Welsh then English side."""
        if self.as_pair():
            welsh = self.sides["cy"].get(self.welsh.currentData())
            english = self.sides["en"].get(self.english.currentData())
            return [v for v in (welsh, english) if isinstance(v, Verdict)]
        return [self.verdicts[a] for a in self.chosen_accounts() if a in self.verdicts]

    def direct_reason(self) -> str:
        """The reason for posting without approval; "" to submit for approval."""
        return " ".join(self.direct_reason_edit.text().split()) if self._direct() else ""

    def needs_reason(self) -> bool:
        if not hasattr(self, "pair_box"):  # (the base dialog, while it is being built)
            return super().needs_reason()
        return any(not v.clear for v in self.chosen_verdicts())

    # -- keeping it consistent ---------------------------------------------------------------------

    def _direct(self) -> bool:
        return (
            self.direct_box.isVisibleTo(self) and self.direct_box.isEnabled() and self.direct_box.isChecked()
        )

    def _pair_problems(self) -> tuple[list[str], bool]:
        """The pair's findings (and whether it can be submitted at all)."""
        lines, usable = [], self.welsh.currentData() != self.english.currentData()
        if not usable:
            lines.append(self.tr("Choose two different accounts for the Welsh and the English side."))
        for side, combo in (("cy", self.welsh), ("en", self.english)):
            account_id = combo.currentData()
            verdict = self.sides[side].get(account_id)
            language = self.tr("Welsh") if side == "cy" else self.tr("English")
            name = f"{combo.currentText()} ({language}):"
            if account_id in self.team_refused:
                verdict = self.team_refused[account_id]
            if isinstance(verdict, Verdict):
                usable = usable and not verdict.locked
                if not verdict.clear:
                    lines += [name, *[f"  • {line}" for line in verdict.problems(shown)]]
            else:
                usable = False
                lines += [name, "  • " + self.tr("can't be posted: {why}").format(why=verdict or "")]
        return lines, usable

    def _update(self) -> None:
        if not hasattr(self, "direct_reason_edit"):  # (the base dialog, while it is being built)
            super()._update()
            return
        pair = self.as_pair()
        self.list.setEnabled(not pair)
        for widget in (self.welsh_label, self.welsh, self.english_label, self.english):
            widget.setVisible(pair)
        usable = bool(self.chosen_verdicts())
        if pair:
            lines, usable = self._pair_problems()
            self.problems.setPlainText("\n".join(lines))
        else:
            self.problems.setPlainText(self._listed)
        chosen = set(self.chosen_accounts())
        self.direct_box.setEnabled(not pair and bool(chosen) and chosen <= self.team.direct)
        direct = self._direct()
        self.direct_reason_label.setVisible(direct)
        self.direct_reason_edit.setVisible(direct)
        listed = bool(self.problems.toPlainText())
        self.problems_label.setVisible(listed)
        self.problems.setVisible(listed)
        needs_reason = self.needs_reason()
        self.reason_label.setVisible(needs_reason)
        self.reason.setVisible(needs_reason)
        self.post_button.setText(
            self.tr("&Post without approval") if direct else self.tr("&Submit for approval")
        )
        self.now.setText(self._as_soon if direct else self._once_approved)
        ready = usable and (not needs_reason or bool(self.reason.text().strip()))
        self.post_button.setEnabled(ready and (not direct or bool(self.direct_reason_edit.text().strip())))
