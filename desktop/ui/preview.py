"""The per-network preview (Ctrl+P): each chosen network's posts as they will appear there.

Everything shown comes from ``desktop.core.preview`` (the parts the outbox sends, links shortened as each
network shows them), computed on a worker thread from the live checks' result; this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.networks import NETWORK_NAMES
from desktop.ui.ops import PREVIEW, Ops

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from desktop.core.accounts import AccountView
    from desktop.core.checks import CheckResult
    from desktop.core.preview import NetworkPreview

#: The council's settings, its accounts and their limits, read on the worker thread: a bilingual draft's
#: preview shows what each account gets (a Welsh and an English account a pair, a bilingual one one post).
AccountsPlan = Callable[[], tuple[Mapping[str, Any], Sequence["AccountView"], Mapping[str, int]]]


def bilingual_previews(
    result: CheckResult, alt_texts: Sequence[str], plan: AccountsPlan | None
) -> tuple[NetworkPreview, ...]:
    from desktop.core.bilingual import account_mode
    from desktop.core.preview import bilingual_preview

    assert result.sides is not None
    settings, accounts, limits = plan() if plan is not None else ({}, (), {})
    modes = {
        share.network: [account_mode(a, settings) for a in accounts if a.network == share.network]
        for share in result.parts
    }
    return bilingual_preview(result.sides, modes, settings, alt_texts, limits)


def escape(text: str) -> str:
    """html.escape, imported when first needed: the html package's entity table is not start-up work."""
    from html import escape as html_escape

    return html_escape(text)


class PreviewPanel(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self.previews: tuple[NetworkPreview, ...] = ()
        self.intro = QLabel(
            self.tr(
                "How each network will get this draft. A long post becomes a thread for that network's own"
                " limit; a line with only --- starts a new post everywhere threads exist (Facebook keeps"
                " one post)."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Posts on each network"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        self._ops = ops  # lays out on its preview lane; answers stop when the window closes
        self._pending: tuple[CheckResult, tuple[str, ...], str] | None = None
        self._generation = 0
        self._plan: AccountsPlan | None = None

    def use_accounts(self, plan: AccountsPlan) -> None:
        """Where a bilingual draft's preview learns which accounts post in which language."""
        self._plan = plan

    def show_result(self, result: CheckResult, alt_texts: Sequence[str], language: str) -> None:
        """New checks: lay them out now if the preview is on screen, else when it is next shown."""
        self._pending = (result, tuple(alt_texts), language)
        if self.isVisible():
            self._start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._start()

    def _start(self) -> None:
        if self._pending is None:
            return
        from desktop.core.preview import preview

        result, alts, language = self._pending
        self._pending = None
        self._generation += 1
        generation = self._generation
        plan = self._plan
        self._ops.run(
            lambda: (
                bilingual_previews(result, alts, plan)
                if result.sides
                else preview(result.parts, alts, language)
            ),
            lambda previews: self._show(previews) if generation == self._generation else None,
            lane=PREVIEW,
            on_error=lambda _failure: None,  # the runner logs it; the preview stays as it was
        )

    def _show(self, previews: tuple[NetworkPreview, ...]) -> None:
        self.previews = previews
        self.view.setHtml("".join(self._network_html(p) for p in previews) or self._empty())

    def _empty(self) -> str:
        hint = self.tr("Choose a network under the editor to see the post as it will appear.")
        return f"<p>{escape(hint)}</p>"

    def _network_html(self, shown: NetworkPreview) -> str:
        name = NETWORK_NAMES.get(shown.network, shown.network)
        whose = {
            "cy": self.tr("{network}, the Welsh account"),
            "en": self.tr("{network}, the English account"),
            "both": self.tr("{network}, one bilingual post"),
        }.get(shown.side)
        titled = whose.format(network=name) if whose else name
        count = len(shown.posts)
        head = titled
        if count > 1:
            head = self.tr("{network}: a thread of %n posts", "", count).format(network=titled)
        html = [f"<h3>{escape(head)}</h3>"]
        language = shown.language or self.tr("none sent (the network detects it)")
        html.append(f"<p><i>{escape(self.tr('Language: {tag}').format(tag=language))}</i></p>")
        for number, post in enumerate(shown.posts, start=1):
            m = post.measure
            counts = f"{m.length}/{m.limit}"
            if m.bytes is not None:
                counts += " · " + self.tr("{n}/{limit} bytes").format(n=m.bytes, limit=m.byte_limit)
            colour = "#c62828" if m.too_long else "#555555"
            label = self.tr("Post {i} of {n}").format(i=number, n=count) if count > 1 else self.tr("Post")
            body = escape(post.shown).replace("\n", "<br>")
            html.append(
                f'<p style="color:{colour}"><b>{escape(label)}</b> · {escape(counts)}</p>'
                f'<table border="1" cellpadding="6" width="100%"><tr><td>{body}</td></tr></table>'
            )
            if number == 1:
                html.extend(self._images_html(shown, name))
        return "".join(html)

    def _images_html(self, shown: NetworkPreview, name: str) -> list[str]:
        lines = []
        for slot in shown.images:
            if not slot.fits:
                text = self.tr("Image {i}: {network} takes fewer images; this one won't be posted").format(
                    i=slot.number, network=name
                )
            elif slot.alt_text.strip():
                text = self.tr("Image {i}: {alt}").format(i=slot.number, alt=slot.alt_text)
            else:
                text = self.tr("Image {i}: no alt text yet").format(i=slot.number)
            lines.append(f"<p>🖼 {escape(text)}</p>")
        return lines
