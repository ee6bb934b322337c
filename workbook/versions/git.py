"""Versions of the workbook as commits on one branch of a git repository, via dulwich (pure Python).

:class:`GitStore` keeps a bare clone of ``settings.branch`` of the remote (see :mod:`.remote`) in its own
work folder, mirroring it under its own ``refs/heads/<branch>``. A version is a commit that changed the
workbook's file (``settings.path``); its id is that commit's sha. Other files on the branch (code, say)
are kept as they are, and commits that only change them are no new version.

Publishing, in this order:

1. fetch the branch: objects first, then the clone's own ``refs/heads/<branch>``;
2. compare the workbook's current version with ``base``; :class:`NewerVersionExists` when they differ;
3. write blob, trees and commit (parent: the fetched tip; author: the visitor; committer: the dashboard)
   into the local clone;
4. push: the remote moves the branch only if it still points at the fetched tip - ``update_refs`` checks
   the tip the remote advertises (dulwich itself would push over a moved branch), and the remote checks
   it again under its ref lock, so of two concurrent publishes exactly one wins. Never a force push. If
   the branch moved meanwhile (or another push held its lock), go back to 1, at most three times: a
   change to other files still publishes, a new workbook version gives :class:`NewerVersionExists`;
5. point the local ref at the new commit.

What a failure at each step leaves behind: in 1-3, the remote unchanged (at worst unreferenced objects in
the local clone, which do no harm); a refused or failed push in 4 leaves the remote as it was, and the
remote never holds half a version (its ref update is atomic); a crash between 4 and 5 is harmless, the
next fetch brings the new commit. If the connection drops after the remote accepted the push, the caller
gets :class:`RemoteUnavailable` although the version is published; publishing the same bytes again then
returns that version (identical content is never published twice).

Reading: :meth:`GitStore.current` and :meth:`GitStore.history` fetch only when the last look is older
than ``ttl_seconds`` (default 30 s), never on every rerun, so several servers sharing one remote show a
version published through any of them within a minute; the remote is all they share. A failed fetch
also starts the time-to-live (an unreachable remote is not hammered): reads go on from the local copy and
:attr:`GitStore.refresh_error` says why; only a store without a local copy raises.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from dulwich.file import FileLocked
from dulwich.objects import Commit
from dulwich.repo import Repo

from . import commits
from .base import (
    AuthenticationFailed,
    NewerVersionExists,
    NoVersionYet,
    PushRefused,
    RemoteUnavailable,
    StoreError,
    Version,
    checked_publish_arguments,
)
from .remote import NETWORK_TIMEOUT_SECONDS, GitSettings, Remote

log = logging.getLogger(__name__)

DEFAULT_TTL_SECONDS = 30.0
MAX_PUSH_ATTEMPTS = 3
BUSY_PAUSE_SECONDS = 0.05


class GitStore:
    """Versions as commits on ``settings.branch`` of a remote; a bare clone of it lives in ``workdir``.

    Make one per work folder and keep it (``st.cache_resource``): a lock serialises its operations, so the
    threads of one Streamlit server can share it. Several servers each use their own work folder; the
    remote is all they share. ``clock`` (monotonic seconds) decides when ``ttl_seconds`` have passed.
    """

    def __init__(
        self,
        settings: GitSettings,
        workdir: Path,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        timeout: float = NETWORK_TIMEOUT_SECONDS,
    ) -> None:
        self.settings = settings
        self.workdir = Path(workdir).absolute()
        self._remote = Remote.open(settings, timeout)
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.RLock()
        self._branch_ref = f"refs/heads/{settings.branch}".encode()  # on the remote, and (a mirror) in the clone
        self._path = settings.path.strip("/").encode()
        self._repo: Repo | None = None
        self._looked_at: float | None = None
        self._lineages: dict[bytes, commits.Lineage] = {}
        self.refresh_error: StoreError | None = None
        """Why the last look at the remote failed (None when it worked): the versions shown may be older."""

    def __repr__(self) -> str:
        return f"GitStore({self.settings!r}, workdir={str(self.workdir)!r})"

    # --- the interface ---------------------------------------------------------------------------
    def current(self) -> tuple[Version, bytes]:
        with self._lock:
            entry = self._current_entry(self._view())
            if entry is None:
                raise NoVersionYet(
                    f"Er staat nog geen werkboek ({self.settings.path}) op de branch '{self.settings.branch}' "
                    f"van {self._remote.display}."
                )
            version, blob = entry
            return version, self._open()[blob].data

    def history(self, limit: int | None = None) -> list[Version]:
        with self._lock:
            tip = self._view()
            return [version for version, _ in self._lineage(tip).take(limit)] if tip else []

    def content(self, version_id: str) -> bytes:
        with self._lock:
            sha = version_id.strip().lower().encode()
            if not re.fullmatch(rb"[0-9a-f]{40}", sha):
                raise StoreError(f"Versie {version_id!r} is niet gevonden.")
            if sha not in self._open().object_store:
                self.refresh(force=True)  # perhaps published through another server a moment ago
            try:
                found = self._open()[sha]
            except KeyError:
                found = None
            blob = self._blob_at(found) if isinstance(found, Commit) else None
            if blob is None:
                raise StoreError(f"Versie {version_id} is niet gevonden (of bevat geen werkboek).")
            return self._open()[blob].data

    def publish(
        self, content: bytes, *, base: str | None, message: str, author: tuple[str, str] | None = None
    ) -> Version:
        content, message, (name, email) = checked_publish_arguments(content, message, author)
        with self._lock:
            self.refresh(force=True)
            for attempt in range(1, MAX_PUSH_ATTEMPTS + 1):
                tip = self._tip()
                entry = self._current_entry(tip)
                if entry is not None and self._open()[entry[1]].data == content:
                    return entry[0]
                if entry is None and base is not None:
                    raise StoreError(
                        "Het werkboek staat intussen niet meer op de branch; er is dus geen versie om op voort te "
                        "bouwen."
                    )
                if entry is not None and entry[0].id != base:
                    raise NewerVersionExists(entry[0], self._open()[entry[1]].data)
                commit = commits.new_commit(self._open(), tip, self._path, content, message, (name, email))
                refusal = self._push(tip, commit.id)
                if refusal is None:
                    self._open().refs[self._branch_ref] = commit.id
                    self._looked_at = self._clock()
                    log.info("Published %s to %s as %s", self.settings.path, self._remote.display, commit.id.decode())
                    return commits.version_of(commit)
                busy = refusal == "" or "lock" in refusal.lower()  # moved, or another push holds the ref lock
                if busy:
                    time.sleep(BUSY_PAUSE_SECONDS * attempt)
                self.refresh(force=True)
                if not busy and self._tip() == tip:
                    raise PushRefused(
                        f"Het versiebeheer weigerde de nieuwe versie ({refusal}). Vraag de beheerder of er naar "
                        "deze branch geschreven mag worden.",
                        detail=refusal,
                    )
                log.info("The branch moved while publishing; trying again on %s", (self._tip() or b"").decode())
            raise PushRefused(
                "Het versiebeheer veranderde steeds terwijl deze versie werd gepubliceerd. "
                "Probeer het over een ogenblik opnieuw."
            )

    def refresh(self, force: bool = False) -> bool:
        """Fetch the branch when ``ttl_seconds`` have passed since the last look (or ``force``); True if fetched.

        A failure raises (and is kept in :attr:`refresh_error`); the next look is again a TTL later.
        """
        with self._lock:
            now = self._clock()
            if not force and self._looked_at is not None and now - self._looked_at < self._ttl:
                return False
            self._looked_at = now
            try:
                self._fetch()
            except StoreError as exc:
                self.refresh_error = exc
                raise
            self.refresh_error = None
            return True

    def close(self) -> None:
        """Release the local clone's files and the HTTP connections."""
        with self._lock:
            if self._repo is not None:
                self._repo.close()
                self._repo = None
            self._remote.client.close()

    def __enter__(self) -> GitStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- the local clone -------------------------------------------------------------------------
    def _open(self) -> Repo:
        """The bare clone in ``workdir``, created empty on first use (the first fetch fills it)."""
        if self._repo is not None:
            return self._repo
        if (self.workdir / "HEAD").is_file() and (self.workdir / "objects").is_dir():
            repo = Repo(str(self.workdir))
        elif self.workdir.exists() and any(self.workdir.iterdir()):
            raise StoreError(f"De werkmap {self.workdir} bestaat al en is geen kloon van het versiebeheer.")
        else:
            self.workdir.mkdir(parents=True, exist_ok=True)
            repo = Repo.init_bare(str(self.workdir))
        config = repo.get_config()
        try:
            known = config.get((b"remote", b"origin"), b"url")
        except KeyError:
            known = None
        if known != self._remote.display.encode():  # a clone of another remote: forget what it fetched
            for name in repo.refs.keys(base=b"refs/heads/"):
                repo.refs.remove_if_equals(b"refs/heads/" + name, None)
            config.set((b"remote", b"origin"), b"url", self._remote.display.encode())
            config.write_to_path()
        self._repo = repo
        return repo

    def _tip(self) -> bytes | None:
        try:
            return self._open().refs[self._branch_ref]
        except KeyError:
            return None

    def _view(self) -> bytes | None:
        """The tip to show: refreshed when the TTL passed; the local copy when the remote cannot be reached."""
        try:
            self.refresh()
        except (RemoteUnavailable, AuthenticationFailed) as exc:
            if self._tip() is None:
                raise
            log.info("Showing the local copy of %s: %s", self._remote.display, exc)
        tip = self._tip()
        if tip is None and self.refresh_error is not None:  # no copy yet, and no look since the failed one
            raise self.refresh_error
        return tip

    def _lineage(self, tip: bytes) -> commits.Lineage:
        if tip not in self._lineages:
            self._lineages = {tip: commits.Lineage(self._walk(tip))}  # only the newest tip is worth keeping
        return self._lineages[tip]

    def _current_entry(self, tip: bytes | None) -> tuple[Version, bytes] | None:
        """The version the tip holds, with its blob id; None when the tip holds no workbook."""
        if tip is None or self._blob_at(self._open()[tip]) is None:
            return None
        first = self._lineage(tip).take(1)
        return first[0] if first else None

    def _walk(self, tip: bytes) -> Iterator[tuple[Version, bytes]]:
        return commits.walk(self._open(), tip, self._path)

    def _blob_at(self, commit: Commit) -> bytes | None:
        return commits.blob_at(self._open(), commit, self._path)

    # --- talking to the remote -------------------------------------------------------------------
    def _fetch(self) -> None:
        repo = self._open()
        advertised: list[bytes | None] = []

        def determine_wants(refs: dict[bytes, bytes], depth: int | None = None) -> list[bytes]:
            tip = refs.get(self._branch_ref)
            advertised.append(tip)
            return [tip] if tip is not None and tip not in repo.object_store else []

        self._remote.call(
            lambda client, path: client.fetch(
                path, repo, determine_wants=determine_wants, ref_prefix=[self._branch_ref]
            )
        )
        # the tip as advertised, not the refs the client returns: a local remote reports its refs after sending
        # the objects, and a branch that moved in between would point at a commit that was not fetched
        tip = advertised[-1] if advertised else None
        if tip is None:
            repo.refs.remove_if_equals(self._branch_ref, None)
        elif tip in repo.object_store:
            repo.refs[self._branch_ref] = tip
        else:
            raise RemoteUnavailable("De nieuwste versie kon niet volledig worden opgehaald. Probeer het opnieuw.")
        log.debug("Fetched %s from %s: %s", self.settings.branch, self._remote.display, (tip or b"-").decode())

    def _push(self, expected: bytes | None, new: bytes) -> str | None:
        """Move the remote branch from ``expected`` to ``new``; None when done, else why not.

        '' means: the branch had moved, or another push was updating it at that very moment.
        """
        repo = self._open()
        moved = False

        def update_refs(refs: dict[bytes, bytes]) -> dict[bytes, bytes]:
            nonlocal moved
            if refs.get(self._branch_ref) != expected:  # dulwich itself would push over it: refuse here
                moved = True
                return {}
            return {self._branch_ref: new}

        try:
            result = self._remote.call(
                lambda client, path: client.send_pack(path, update_refs, repo.object_store.generate_pack_data)
            )
        except FileLocked:  # a path or file:// remote: another push holds the branch's lock file
            return ""
        if moved:
            return ""
        status = (result.ref_status or {}).get(self._branch_ref)
        return None if status is None else self._remote.scrub(str(status))
