"""AppTest helpers shared by the page tests: run a page through app.py, and get a download's bytes.

Downloads are built when clicked (``st.download_button`` with a callable): Streamlit registers the callable
and runs it only when the visitor clicks. :class:`RecordingFiles` records what each run registers, so a
test can "click" a download (run its callable) and read the file - and can check that nothing was built
before the click.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


class RecordingFiles(MediaFileManager):
    """The media files of an AppTest run: static files by URL, and deferred downloads by id (not yet built)."""

    static: ClassVar[dict[str, tuple[bytes, str | None]]] = {}
    deferred: ClassVar[dict[str, tuple[object, str | None]]] = {}
    built: ClassVar[int] = 0  # deferred downloads that were built (clicked)

    def add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        url = super().add(path_or_data, mimetype, coordinates, file_name, is_for_static_download)
        if isinstance(path_or_data, bytes):
            RecordingFiles.static[url] = (path_or_data, file_name)
        return url

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, *, element_id=""):
        file_id = super().add_deferred(data_callable, mimetype, coordinates, file_name, element_id=element_id)
        RecordingFiles.deferred[file_id] = (data_callable, file_name)
        return file_id

    @classmethod
    def reset(cls) -> None:
        cls.static, cls.deferred, cls.built = {}, {}, 0


def install(monkeypatch) -> None:
    """Record every media file of the AppTest runs of this test."""
    monkeypatch.setattr(app_test_module, "MediaFileManager", RecordingFiles)
    RecordingFiles.reset()


def run_page(page: str, opened: tuple[str, ...] = (), **params: str) -> AppTest:
    """Run ``pages/<page>.py`` through app.py (the router), with these query parameters; no exception allowed.

    ``opened``: keys of expanders that are open (their content is built only then).
    """
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    for key in opened:
        at.session_state[key] = True
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def download(at: AppTest, label_end: str, index: int = 0) -> tuple[bytes, str]:
    """Click the download button whose label ends with ``label_end``: its file's bytes and name."""
    buttons = [b for b in at.get("download_button") if b.proto.label.endswith(label_end)]
    proto = buttons[index].proto
    if proto.deferred_file_id:
        build, name = RecordingFiles.deferred[proto.deferred_file_id]
        RecordingFiles.built += 1
        content = build()
        return (content.encode("utf-8") if isinstance(content, str) else content), name
    return RecordingFiles.static[proto.url]
