"""The git objects of the git kind: where the workbook sits in a commit, which commits are versions, a new commit.

Pure functions on a dulwich :class:`~dulwich.repo.Repo` (the local clone of :class:`.git.GitStore`); they never
talk to a remote. ``path`` is the workbook's path in the repository, as bytes (``b"workbook/actieoverzicht.xlsx"``).
"""

from __future__ import annotations

import datetime as dt
import stat
import time
from collections.abc import Iterator

from dulwich.objects import Blob, Commit, ShaFile, Tree
from dulwich.repo import Repo

from .base import DEFAULT_AUTHOR, Version


class Lineage:
    """The versions of the workbook below one branch tip, newest first: read lazily, kept once read."""

    def __init__(self, entries: Iterator[tuple[Version, bytes]]) -> None:
        self._entries = entries
        self._read: list[tuple[Version, bytes]] = []

    def take(self, limit: int | None) -> list[tuple[Version, bytes]]:
        """The first ``limit`` (all, for None) pairs of version and blob id."""
        while limit is None or len(self._read) < limit:
            entry = next(self._entries, None)
            if entry is None:
                break
            self._read.append(entry)
        return self._read[:limit]


def walk(repo: Repo, tip: bytes, path: bytes) -> Iterator[tuple[Version, bytes]]:
    """Commits on the first-parent line below ``tip`` that changed the workbook, newest first, with its blob id."""
    commit = repo[tip]
    blob = blob_at(repo, commit, path)
    while True:
        parent = repo[commit.parents[0]] if commit.parents and commit.parents[0] in repo.object_store else None
        parent_blob = blob_at(repo, parent, path) if parent is not None else None
        if blob is not None and blob != parent_blob:
            yield version_of(commit), blob
        if parent is None:
            return
        commit, blob = parent, parent_blob


def blob_at(repo: Repo, commit: Commit, path: bytes) -> bytes | None:
    """The blob id of the file at ``path`` in ``commit``, or None when it has none."""
    tree = repo[commit.tree]
    *folders, name = path.split(b"/")
    for part in folders:
        if part not in tree or not stat.S_ISDIR(tree[part][0]):
            return None
        tree = repo[tree[part][1]]
    if name not in tree:
        return None
    mode, sha = tree[name]
    return sha if stat.S_ISREG(mode) else None


def version_of(commit: Commit) -> Version:
    """A commit as a version: its author (the person who published), author time, message."""
    name, _, email = commit.author.decode("utf-8", "replace").rpartition(" <")
    when = dt.datetime.fromtimestamp(commit.author_time, dt.UTC)
    message = commit.message.decode("utf-8", "replace").strip()
    return Version(commit.id.decode(), when, name.strip(), email.rstrip(">").strip(), message)


def new_commit(
    repo: Repo, tip: bytes | None, path: bytes, content: bytes, message: str, author: tuple[str, str]
) -> Commit:
    """A commit on ``tip`` that only replaces the file at ``path``; written into ``repo``'s object store.

    The author is the person who published; the committer is the dashboard.
    """
    blob = Blob.from_string(content)
    written: list[ShaFile] = [blob]
    root = _tree_with(repo, repo[tip].tree if tip else None, path.split(b"/"), blob.id, written)
    commit = Commit()
    commit.tree = root
    commit.parents = [tip] if tip else []
    commit.author = "{} <{}>".format(*author).encode()
    commit.committer = "{} <{}>".format(*DEFAULT_AUTHOR).encode()
    commit.author_time = commit.commit_time = int(time.time())
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    commit.author_timezone = commit.commit_timezone = int(offset.total_seconds())
    commit.message = message.encode() + b"\n"
    written.append(commit)
    for obj in written:
        repo.object_store.add_object(obj)
    return commit


def _tree_with(repo: Repo, tree_id: bytes | None, parts: list[bytes], blob: bytes, written: list[ShaFile]) -> bytes:
    """The id of ``tree_id`` (None: empty) with the file at ``parts`` set to ``blob``.

    The new trees are appended to ``written``; every other entry is kept as it is.
    """
    tree = repo[tree_id] if tree_id else Tree()
    copy = Tree()
    for entry in tree.items():
        copy.add(entry.path, entry.mode, entry.sha)
    head = parts[0]
    existing = tree[head] if head in tree else None  # noqa: SIM401 (a Tree has no get)
    if len(parts) == 1:
        mode = existing[0] if existing and stat.S_ISREG(existing[0]) else 0o100644
        copy.add(head, mode, blob)
    else:
        below = existing[1] if existing and stat.S_ISDIR(existing[0]) else None
        copy.add(head, stat.S_IFDIR, _tree_with(repo, below, parts[1:], blob, written))
    written.append(copy)
    return copy.id
