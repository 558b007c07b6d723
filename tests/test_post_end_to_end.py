"""From the window to the fake X API: attach an image, describe it, press Post, see it sent.

Nothing here is scripted below the window: the real sync engine, the X publisher, tweepy and the
app's HTTP stack talk to the fake X server over loopback.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.x.api import OAuth1Keys
from desktop.core.networks.x.tokens import connect_oauth1
from desktop.core.outbox import Outbox, State
from desktop.core.store import DraftStore
from desktop.ui import post_dialog
from desktop.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring
from tests.test_store import PNG_1X1


@pytest.fixture
def connected(db: Database, x_api, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    from desktop.core.credentials import SecretStore

    keys = OAuth1Keys.from_mapping(
        {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": x_api.oauth1.access_token,
            "access_token_secret": x_api.oauth1.access_token_secret,
        }
    )
    account = connect_oauth1(Accounts(db), SecretStore(), make_session(NetConfig.from_env()), keys)
    yield account
    keyring.set_keyring(previous)


def test_post_with_an_image_reaches_x_with_its_alt_text(
    qtbot, db, x_api, connected, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    store = DraftStore(db)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    draft = store.create(body="The new play park at Roath opens on Saturday.")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # read off the GUI thread

    picture = tmp_path / "park.png"
    picture.write_bytes(PNG_1X1)
    window.editor.images.attach_requested.emit(str(picture))
    qtbot.waitUntil(lambda: window.editor.images.model.rowCount() == 1, timeout=5000)
    assert window.editor.images.warning.isVisible()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(post_dialog.PostDialog, "exec", lambda _self: 1)
    window.post_draft()
    qtbot.waitUntil(lambda: len(told) > 0)  # the draft is read back off the GUI thread first
    assert told and "alt text" in told[0]
    assert Outbox(db).posts() == []

    window.editor.images.alt_text.setFocus()
    qtbot.keyClicks(window.editor.images.alt_text, "Children on the new climbing frame")
    window.editor.body.setFocus()  # leaving the field saves the description
    qtbot.waitUntil(lambda: store.get(draft.id).media[0].alt_text != "", timeout=5000)
    window.post_draft()
    qtbot.waitUntil(lambda: [p.state for p in Outbox(db).posts()] == [State.SENT], timeout=15000)

    [tweet] = x_api.state.tweets_for(x_api.user.id)
    assert tweet.submitted_text == "The new play park at Roath opens on Saturday."
    [media] = x_api.state.media_for(x_api.user.id)
    assert media.alt_text == "Children on the new climbing frame" and media.data == PNG_1X1
    assert store.get(draft.id).status == "sent"
    panel = window.posting.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == "Sent")
    assert panel.model.index(0, 3).data().startswith("https://x.com/")
    assert window.posting.online_label.text().startswith("● Online")
    window.close()
    assert Path(store.get(draft.id).media[0].path).is_file()
