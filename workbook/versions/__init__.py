"""Every version of the workbook, with who, when and what: a folder on disk or a git repository, one interface.

* :mod:`.base`: :class:`Version`, the Dutch errors, the :class:`VersionStore` protocol;
* :mod:`.folder`: :class:`FolderStore`, copies in ``history/`` beside the workbook (a local app, or a container
  with a lasting volume);
* :mod:`.git`: :class:`GitStore`, commits on one branch of a git repository (:mod:`.remote`: where, and how it
  is reached, with the token kept secret; :mod:`.commits`: the git objects, which commits are versions).

Why dulwich (pure Python) and not GitPython (the git binary): no binary at run time, the token stays in memory
(dulwich's HTTP client sends it only to the remote's origin; with the git binary it would go through the
environment or a URL in ``.git/config``), typed errors that map to Dutch messages without parsing English
stderr, and no subprocess per call in a long-running server.

Both kinds give the same history; what is published is judged elsewhere (``views.publish``): a store keeps
files safe, it does not check them.
"""

from .base import (
    DEFAULT_AUTHOR,
    UNKNOWN_AUTHOR,
    AuthenticationFailed,
    NewerVersionExists,
    NoVersionYet,
    PushRefused,
    RemoteUnavailable,
    StoreError,
    Version,
    VersionStore,
)
from .folder import FolderStore
from .git import DEFAULT_TTL_SECONDS, GitStore
from .lookup import closing_version, find_content, round_closed_on
from .remote import GitSettings

__all__ = [
    "DEFAULT_AUTHOR",
    "DEFAULT_TTL_SECONDS",
    "UNKNOWN_AUTHOR",
    "AuthenticationFailed",
    "FolderStore",
    "GitSettings",
    "GitStore",
    "NewerVersionExists",
    "NoVersionYet",
    "PushRefused",
    "RemoteUnavailable",
    "StoreError",
    "Version",
    "VersionStore",
    "closing_version",
    "find_content",
    "round_closed_on",
]
