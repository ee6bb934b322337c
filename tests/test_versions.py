"""The version stores (workbook.versions) against real repositories on this machine: bare remotes made with git.

The behaviour both kinds share runs over three worlds: the folder store, and the git store with its remote
given as a path and as a file:// URL. Git-only behaviour (time-to-live, other files on the branch, the
token over git's smart HTTP via ``git http-backend``, support.githttp) follows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.githttp import GitHttpServer
from support.gitrepos import WORKBOOK, FakeClock, git, push_code_change, seeded_remote
from support.gitrepos import tip as remote_tip
from workbook import history, nl
from workbook.versions import (
    DEFAULT_AUTHOR,
    AuthenticationFailed,
    FolderStore,
    GitSettings,
    GitStore,
    NewerVersionExists,
    NoVersionYet,
    PushRefused,
    RemoteUnavailable,
    StoreError,
    Version,
    VersionStore,
)
from workbook.versions import base as versions_base
from workbook.versions import remote as versions_remote

V1 = b"PK\x03\x04...version 1"
ANNA = ("Anna de Vries", "anna@example.nl")
BOB = ("Bob Jansen", "bob@example.nl")
MESSAGE = "Werkboek bijgewerkt: 7 statussen gewijzigd, 3 voortgangsteksten nieuw"
TOKEN = "ghp_Geheim123Token456"


# --- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare repository with one commit holding the workbook and some code, plus a branch the store ignores."""
    return seeded_remote(tmp_path / "srv", V1)


class World:
    """One kind of store and the place it keeps versions; :meth:`open` starts one more 'server' on it."""

    def __init__(self, kind: str, tmp_path: Path, remote: Path) -> None:
        self.kind = kind
        self.tmp_path = tmp_path
        self.remote = remote
        self.stores: list[VersionStore] = []
        if kind == "folder":
            self.workbook = tmp_path / "site" / WORKBOOK
            self.workbook.parent.mkdir(parents=True)
            self.workbook.write_bytes(V1)
        else:
            location = remote.as_uri() if kind == "git-url" else str(remote)
            self.settings = GitSettings(remote=location)

    def open(self) -> VersionStore:
        if self.kind == "folder":
            opened: VersionStore = FolderStore(self.workbook)
        else:
            opened = GitStore(self.settings, self.tmp_path / "servers" / f"server{len(self.stores)}", clock=FakeClock())
        self.stores.append(opened)
        return opened

    def close(self) -> None:
        for opened in self.stores:
            if isinstance(opened, GitStore):
                opened.close()


@pytest.fixture(params=["folder", "git-path", "git-url"])
def world(request: pytest.FixtureRequest, tmp_path: Path, remote: Path) -> Iterator[World]:
    made = World(request.param, tmp_path, remote)
    yield made
    made.close()


@pytest.fixture
def settings(remote: Path) -> GitSettings:
    return GitSettings(remote=str(remote))


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[GitStore]]:
    """GitStores a test opens, closed afterwards."""
    opened: list[GitStore] = []
    yield opened
    for each in opened:
        each.close()


def open_git(servers: list[GitStore], settings: GitSettings, workdir: Path, **options: object) -> GitStore:
    opened = GitStore(settings, workdir, **options)  # type: ignore[arg-type]
    servers.append(opened)
    return opened


# --- behaviour both kinds share -----------------------------------------------------------------
def test_current_shows_the_seeded_version(world: World) -> None:
    version, content = world.open().current()
    assert content == V1
    assert version.id and version.when.tzinfo is not None


def test_publish_then_current_shows_it(world: World) -> None:
    opened = world.open()
    base = opened.current()[0].id
    published = opened.publish(b"PK...version 2", base=base, message=MESSAGE, author=ANNA)
    assert published.id != base
    assert (published.author_name, published.author_email, published.message) == (*ANNA, MESSAGE)
    assert opened.current() == (published, b"PK...version 2")


def test_history_lists_versions_newest_first(world: World) -> None:
    opened = world.open()
    first = opened.current()[0]
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    second = opened.publish(b"PK...version 2", base=first.id, message="Tweede versie", author=ANNA)
    third = opened.publish(b"PK...version 3", base=second.id, message=MESSAGE, author=BOB)
    listed = opened.history()
    assert [v.id for v in listed] == [third.id, second.id, first.id]
    people = [(v.author_name, v.author_email, v.message) for v in listed[:2]]
    assert people == [(*BOB, MESSAGE), (*ANNA, "Tweede versie")]
    assert all(v.when.utcoffset() == dt.timedelta(0) for v in listed)
    assert listed[0].when >= listed[1].when >= before
    assert opened.history(limit=2) == listed[:2]
    assert world.open().history() == listed  # another server sees the same list


def test_content_of_any_version(world: World) -> None:
    opened = world.open()
    first = opened.current()[0]
    second = opened.publish(b"PK...version 2", base=first.id, message="Tweede versie", author=ANNA)
    assert opened.content(first.id) == V1
    assert opened.content(second.id) == b"PK...version 2"
    for unknown in ("bestaat-niet.xlsx", "0" * 40, "../actieoverzicht.xlsx"):
        with pytest.raises(StoreError, match="niet gevonden"):
            opened.content(unknown)


def test_restore_publishes_an_earlier_version_as_a_new_one(world: World) -> None:
    opened = world.open()
    first = opened.current()[0]
    second = opened.publish(b"PK...version 2", base=first.id, message="Tweede versie", author=ANNA)
    restored = opened.publish(
        opened.content(first.id), base=second.id, message=f"Versie van {nl.moment(first.when)} teruggezet", author=BOB
    )
    assert restored.id not in (first.id, second.id)
    assert opened.current() == (restored, V1)
    assert [v.id for v in opened.history()] == [restored.id, second.id, first.id]


def test_publish_from_an_older_base_is_refused_with_the_newer_bytes(world: World) -> None:
    anna, bob = world.open(), world.open()
    seen = bob.current()[0]
    newer = anna.publish(b"PK...van Anna", base=anna.current()[0].id, message="Anna's versie", author=ANNA)
    with pytest.raises(NewerVersionExists) as refused:
        bob.publish(b"PK...van Bob", base=seen.id, message="Bob's versie", author=BOB)
    assert refused.value.newer == newer
    assert refused.value.content == b"PK...van Anna"
    assert "Er is intussen een nieuwere versie gepubliceerd" in str(refused.value)
    assert "Anna de Vries" in str(refused.value)
    assert world.open().current() == (newer, b"PK...van Anna")


def test_base_none_while_a_version_exists_is_refused(world: World) -> None:
    with pytest.raises(NewerVersionExists):
        world.open().publish(b"PK...nieuw", base=None, message="Zonder basis", author=ANNA)


def publish_at_once(stores: list[VersionStore], base: str, contents: list[bytes]) -> list[Version | NewerVersionExists]:
    """Let each store publish its content from ``base`` in its own thread, all released at the same moment."""
    barrier = threading.Barrier(len(stores))
    results: list[Version | NewerVersionExists] = [None] * len(stores)  # type: ignore[list-item]

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = stores[index].publish(contents[index], base=base, message=f"Server {index}", author=ANNA)
        except NewerVersionExists as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_two_concurrent_publishes_from_one_base_exactly_one_wins(world: World) -> None:
    stores = [world.open(), world.open()]
    for round_number in range(3):
        base = stores[0].current()[0].id
        stores[1].refresh(force=True)
        contents = [f"PK...ronde {round_number} server {index}".encode() for index in (0, 1)]
        results = publish_at_once(stores, base, contents)
        winners = [index for index, result in enumerate(results) if isinstance(result, Version)]
        assert len(winners) == 1, results
        winner, loser = winners[0], 1 - winners[0]
        refused = results[loser]
        assert isinstance(refused, NewerVersionExists)
        assert refused.newer == results[winner]
        assert refused.content == contents[winner]
        fresh = world.open()
        assert fresh.current() == (results[winner], contents[winner])
        assert [v.id for v in fresh.history(limit=2)] == [refused.newer.id, base]


def test_a_fresh_store_shows_the_newest_version(world: World) -> None:
    opened = world.open()
    published = opened.publish(b"PK...version 2", base=opened.current()[0].id, message="Tweede", author=ANNA)
    assert world.open().current() == (published, b"PK...version 2")


def test_identical_bytes_publish_nothing(world: World) -> None:
    opened = world.open()
    current = opened.current()[0]
    assert opened.publish(V1, base=current.id, message="Niets veranderd", author=ANNA) == current
    assert [v.id for v in opened.history()] == [current.id]


def test_the_default_author_is_the_dashboard(world: World) -> None:
    opened = world.open()
    published = opened.publish(b"PK...2", base=opened.current()[0].id, message="Zonder naam", author=None)
    assert (published.author_name, published.author_email) == DEFAULT_AUTHOR
    assert opened.history()[0] == published


def test_a_message_is_required(world: World) -> None:
    opened = world.open()
    with pytest.raises(ValueError):
        opened.publish(b"PK...2", base=opened.current()[0].id, message="  ", author=ANNA)


# --- the folder kind ------------------------------------------------------------------------------
def test_folder_keeps_each_version_with_a_sidecar(tmp_path: Path) -> None:
    workbook = tmp_path / WORKBOOK
    workbook.parent.mkdir(parents=True)
    workbook.write_bytes(V1)
    folder = FolderStore(workbook)
    first = folder.current()[0]
    assert (first.author_name, first.message) == ("onbekend", versions_base.UNRECORDED_MESSAGE)
    published = folder.publish(b"PK...2", base=first.id, message=MESSAGE, author=ANNA)
    history = tmp_path / "workbook" / "history"
    assert workbook.read_bytes() == b"PK...2"
    assert (history / published.id).read_bytes() == b"PK...2"
    assert published.id.startswith("actieoverzicht-") and published.id.endswith(".xlsx")
    meta = json.loads((history / f"{published.id}.json").read_text(encoding="utf-8"))
    assert (meta["author_name"], meta["author_email"], meta["message"]) == (*ANNA, MESSAGE)
    assert not list(history.glob(".werkboek-nieuw-*")) and not list(workbook.parent.glob(".werkboek-nieuw-*"))


def test_folder_lists_older_backups_and_a_hand_placed_workbook_without_writing(tmp_path: Path) -> None:
    workbook = tmp_path / WORKBOOK
    history_folder = workbook.parent / "history"
    history_folder.mkdir(parents=True)
    (history_folder / "actieoverzicht-20240101-120000.xlsx").write_bytes(b"PK...oud")  # a backup made by history.py
    os.utime(history_folder / "actieoverzicht-20240101-120000.xlsx", (1704106800, 1704106800))
    workbook.write_bytes(V1)
    folder = FolderStore(workbook)
    before = sorted(p.name for p in history_folder.iterdir())
    listed = folder.history()
    assert [v.id for v in listed][1:] == ["actieoverzicht-20240101-120000.xlsx"]
    assert listed[0] == folder.current()[0] and folder.content(listed[0].id) == V1
    assert listed[1].author_name == "onbekend" and folder.content(listed[1].id) == b"PK...oud"
    assert sorted(p.name for p in history_folder.iterdir()) == before  # looking writes nothing
    workbook.write_bytes(b"PK...met de hand geplaatst")  # replaced outside the dashboard
    placed, content = folder.current()
    assert content == b"PK...met de hand geplaatst" and placed.author_name == "onbekend"
    assert [v.id for v in folder.history()] == [placed.id, *(v.id for v in listed[1:])]
    published = folder.publish(b"PK...3", base=placed.id, message=MESSAGE, author=ANNA)  # records the placed one
    assert (history_folder / placed.id).read_bytes() == b"PK...met de hand geplaatst"
    assert [v.id for v in folder.history()] == [published.id, placed.id, *(v.id for v in listed[1:])]


def test_a_read_only_folder_is_read_and_refuses_to_publish_in_dutch(tmp_path: Path) -> None:
    workbook = tmp_path / WORKBOOK
    workbook.parent.mkdir(parents=True)
    workbook.write_bytes(V1)
    workbook.parent.chmod(0o555)
    try:
        folder = FolderStore(workbook)
        version, content = folder.current()
        assert content == V1 and folder.history() == [version] and folder.content(version.id) == V1
        if os.geteuid() != 0:  # root writes anyway
            with pytest.raises(StoreError, match="niet worden opgeslagen"):
                folder.publish(b"PK...2", base=version.id, message=MESSAGE, author=ANNA)
            assert workbook.read_bytes() == V1
    finally:
        workbook.parent.chmod(0o755)


def test_folder_failed_write_leaves_everything_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = tmp_path / WORKBOOK
    workbook.parent.mkdir(parents=True)
    workbook.write_bytes(V1)
    folder = FolderStore(workbook)
    before = folder.history()

    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(history.os, "replace", full_disk)
    with pytest.raises(StoreError, match="niet worden opgeslagen"):
        folder.publish(b"PK...2", base=before[0].id, message=MESSAGE, author=ANNA)
    monkeypatch.undo()
    assert workbook.read_bytes() == V1 and folder.history() == before
    assert not list(tmp_path.rglob(".werkboek-nieuw-*"))


def test_folder_without_a_workbook_takes_a_first_version(tmp_path: Path) -> None:
    folder = FolderStore(tmp_path / WORKBOOK)
    with pytest.raises(NoVersionYet):
        folder.current()
    first = folder.publish(V1, base=None, message="Eerste versie", author=ANNA)
    assert folder.current() == (first, V1)


# --- the git kind -----------------------------------------------------------------------------
def test_another_servers_version_shows_after_the_ttl_not_before(
    settings: GitSettings, tmp_path: Path, servers: list[GitStore]
) -> None:
    clock = FakeClock()
    anna = open_git(servers, settings, tmp_path / "anna", clock=FakeClock())
    bob = open_git(servers, settings, tmp_path / "bob", clock=clock, ttl_seconds=30)
    seen = bob.current()[0]  # first use: fetches
    newer = anna.publish(b"PK...2", base=anna.current()[0].id, message=MESSAGE, author=ANNA)
    clock.advance(29)
    assert bob.current()[0] == seen and bob.history()[0] == seen  # no fetch on these reruns
    assert bob.refresh() is False
    clock.advance(2)
    assert bob.current() == (newer, b"PK...2")
    assert bob.refresh() is False  # just fetched
    assert bob.refresh(force=True) is True


def test_a_refresh_fetches_only_what_is_new(settings: GitSettings, tmp_path: Path, servers: list[GitStore]) -> None:
    anna = open_git(servers, settings, tmp_path / "anna")
    bob = open_git(servers, settings, tmp_path / "bob")
    bob.current()
    packs = tmp_path / "bob" / "objects" / "pack"
    before = set(packs.glob("*.pack"))
    anna.publish(os.urandom(50_000), base=anna.current()[0].id, message=MESSAGE, author=ANNA)
    bob.refresh(force=True)
    [new_pack] = set(packs.glob("*.pack")) - before
    count = int.from_bytes(new_pack.read_bytes()[8:12], "big")  # the pack header's object count
    assert count == 4  # commit, root tree, workbook/ tree, blob: not the history again


def test_publish_keeps_other_files_and_history_skips_code_commits(
    remote: Path, settings: GitSettings, tmp_path: Path, servers: list[GitStore]
) -> None:
    opened = open_git(servers, settings, tmp_path / "server")
    first = opened.current()[0]
    code = push_code_change(remote, tmp_path / "developer")  # the branch moves, the workbook does not
    opened.refresh(force=True)
    assert opened.current()[0] == first and [v.id for v in opened.history()] == [first.id]
    published = opened.publish(b"PK...2", base=first.id, message=MESSAGE, author=ANNA)  # not refused: same workbook
    assert remote_tip(remote) == published.id
    assert git("--git-dir", str(remote), "rev-parse", f"{published.id}^") == code
    files = git("--git-dir", str(remote), "ls-tree", "-r", "--name-only", "main").splitlines()
    assert sorted(files) == ["app.py", WORKBOOK]
    assert "nog een regel" in git("--git-dir", str(remote), "show", "main:app.py")
    assert git("--git-dir", str(remote), "show", f"main:{WORKBOOK}") == "PK...2"
    assert [v.id for v in opened.history()] == [published.id, first.id]


def test_the_commit_is_what_git_itself_reads(
    remote: Path, settings: GitSettings, tmp_path: Path, servers: list[GitStore]
) -> None:
    develop = remote_tip(remote, "develop")
    opened = open_git(servers, settings, tmp_path / "server")
    published = opened.publish(b"PK...2", base=opened.current()[0].id, message=MESSAGE, author=ANNA)
    line = git("--git-dir", str(remote), "log", "-1", "--format=%H|%an|%ae|%cn|%s|%P", "main")
    seed = git("--git-dir", str(remote), "rev-parse", "main~1")
    assert line == f"{published.id}|{ANNA[0]}|{ANNA[1]}|{DEFAULT_AUTHOR[0]}|{MESSAGE}|{seed}"
    git("--git-dir", str(remote), "fsck", "--strict")
    assert remote_tip(remote, "develop") == develop  # another branch: never fetched, never touched


def test_the_branch_moving_between_fetch_and_push(
    remote: Path, settings: GitSettings, tmp_path: Path, servers: list[GitStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = open_git(servers, settings, tmp_path / "anna")
    bob = open_git(servers, settings, tmp_path / "bob")
    base = bob.current()[0].id
    real_push = bob._push

    def anna_first(expected: bytes | None, new: bytes) -> str | None:
        monkeypatch.setattr(bob, "_push", real_push)
        anna.publish(b"PK...van Anna", base=base, message="Anna's versie", author=ANNA)
        return real_push(expected, new)

    monkeypatch.setattr(bob, "_push", anna_first)
    with pytest.raises(NewerVersionExists) as refused:
        bob.publish(b"PK...van Bob", base=base, message="Bob's versie", author=BOB)
    assert refused.value.content == b"PK...van Anna"
    assert remote_tip(remote) == refused.value.newer.id  # Anna's version was not pushed over

    def code_first(expected: bytes | None, new: bytes) -> str | None:
        monkeypatch.setattr(bob, "_push", real_push)
        push_code_change(remote, tmp_path / "developer")
        return real_push(expected, new)

    monkeypatch.setattr(bob, "_push", code_first)
    code_then_bob = bob.publish(b"PK...van Bob", base=refused.value.newer.id, message="Bob's versie", author=BOB)
    assert remote_tip(remote) == code_then_bob.id  # built again on the code commit, then pushed
    assert "nog een regel" in git("--git-dir", str(remote), "show", "main:app.py")


def test_a_push_the_remote_refuses_leaves_it_unchanged(
    remote: Path, settings: GitSettings, tmp_path: Path, servers: list[GitStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_git(servers, settings, tmp_path / "server")
    base = opened.current()[0].id
    monkeypatch.setattr(opened, "_push", lambda expected, new: "protected branch hook declined")
    with pytest.raises(PushRefused, match="weigerde de nieuwe versie"):
        opened.publish(b"PK...2", base=base, message=MESSAGE, author=ANNA)
    assert remote_tip(remote) == base


@pytest.mark.parametrize("as_url", [False, True])
def test_an_unreachable_remote(tmp_path: Path, servers: list[GitStore], as_url: bool) -> None:
    missing = tmp_path / "bestaat-niet.git"
    opened = open_git(servers, GitSettings(remote=missing.as_uri() if as_url else str(missing)), tmp_path / "server")
    with pytest.raises(RemoteUnavailable, match="niet gevonden") as failed:
        opened.current()
    assert "Controleer het adres" in str(failed.value) and str(missing) in str(failed.value)
    with pytest.raises(RemoteUnavailable):
        opened.publish(b"PK...2", base="0" * 40, message=MESSAGE, author=ANNA)
    assert isinstance(opened.refresh_error, RemoteUnavailable)
    assert not missing.exists()


def test_a_failed_first_look_is_said_again_within_the_ttl_not_taken_for_an_empty_branch(
    tmp_path: Path, servers: list[GitStore]
) -> None:
    missing = tmp_path / "bestaat-niet.git"
    opened = open_git(servers, GitSettings(remote=str(missing)), tmp_path / "server", clock=FakeClock())
    for _ in range(2):  # the second look is within the time-to-live: no fetch, the same failure
        with pytest.raises(RemoteUnavailable, match="niet gevonden"):
            opened.current()
        with pytest.raises(RemoteUnavailable, match="niet gevonden"):
            opened.history()


def test_a_remote_gone_after_start_shows_the_local_copy(
    remote: Path, settings: GitSettings, tmp_path: Path, servers: list[GitStore]
) -> None:
    clock = FakeClock()
    opened = open_git(servers, settings, tmp_path / "server", clock=clock)
    shown = opened.current()
    tip = remote_tip(remote)
    remote.rename(tmp_path / "weg.git")
    clock.advance(60)
    assert opened.current() == shown  # still the last version it had
    assert isinstance(opened.refresh_error, RemoteUnavailable)
    with pytest.raises(RemoteUnavailable):
        opened.publish(b"PK...2", base=shown[0].id, message=MESSAGE, author=ANNA)
    (tmp_path / "weg.git").rename(remote)
    assert remote_tip(remote) == tip
    clock.advance(60)
    assert opened.current() == shown and opened.refresh_error is None


def test_a_workdir_of_another_remote_is_not_shown_as_this_one(
    settings: GitSettings, tmp_path: Path, servers: list[GitStore]
) -> None:
    open_git(servers, settings, tmp_path / "server").current()
    servers.pop().close()
    elsewhere = open_git(servers, GitSettings(remote=str(tmp_path / "bestaat-niet.git")), tmp_path / "server")
    with pytest.raises(RemoteUnavailable):
        elsewhere.current()


def test_an_empty_remote_takes_a_first_version(tmp_path: Path, servers: list[GitStore]) -> None:
    bare = tmp_path / "leeg.git"
    git("init", "-q", "--bare", "-b", "main", str(bare))
    opened = open_git(servers, GitSettings(remote=str(bare), branch="werkboek"), tmp_path / "server")
    with pytest.raises(NoVersionYet, match="nog geen werkboek"):
        opened.current()
    assert opened.history() == []
    first = opened.publish(V1, base=None, message="Eerste versie", author=ANNA)
    assert remote_tip(bare, "werkboek") == first.id
    assert opened.current() == (first, V1)


def test_settings_do_not_show_the_token() -> None:
    plain = GitSettings(remote="https://gitlab.example.nl/team/werkagenda.git", token=TOKEN)
    in_url = GitSettings(remote=f"https://oauth2:{TOKEN}@gitlab.example.nl/team/werkagenda.git")
    for settings in (plain, in_url):
        assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    with pytest.raises(ValueError):
        GitSettings(remote="/x", path="../buiten.xlsx")


def test_an_unsupported_kind_of_address_is_named_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Onbekend soort adres"):
        GitStore(GitSettings(remote="ssh://git@example.nl/team/werkagenda.git"), tmp_path / "server")


# --- the token over git's smart HTTP ------------------------------------------------------------
def secret_forms(token: str) -> list[bytes]:
    forms = [token.encode()]
    for user in (versions_remote.TOKEN_USERNAME, "oauth2"):
        forms.append(base64.b64encode(f"{user}:{token}".encode()))
    return forms


def assert_token_kept_secret(
    token: str, *, texts: list[str], caplog: pytest.LogCaptureFixture, folders: list[Path]
) -> None:
    forms = secret_forms(token)
    logged = [f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records]
    for text in [*texts, *logged]:
        assert not any(form in text.encode() for form in forms), text
    for folder in folders:
        for file in folder.rglob("*"):
            if file.is_file():
                assert not any(form in file.read_bytes() for form in forms), file


def test_publishing_over_http_with_the_right_token(
    remote: Path, tmp_path: Path, servers: list[GitStore], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with GitHttpServer(remote.parent, token=TOKEN) as server:
        opened = open_git(servers, GitSettings(remote=server.url("remote.git"), token=TOKEN), tmp_path / "server")
        base = opened.current()[0].id
        published = opened.publish(b"PK...via http", base=base, message=MESSAGE, author=ANNA)
        assert remote_tip(remote) == published.id
        other = open_git(servers, GitSettings(remote=server.url("remote.git"), token=TOKEN), tmp_path / "other")
        assert other.current() == (published, b"PK...via http")
        assert all(record.authorized for record in server.requests)
        paths = [record.path for record in server.requests]
    assert any(path.endswith("git-receive-pack") for path in paths)
    assert_token_kept_secret(TOKEN, texts=paths, caplog=caplog, folders=[tmp_path / "server", tmp_path / "other"])


def test_a_wrong_token_is_refused_and_kept_secret(
    remote: Path, tmp_path: Path, servers: list[GitStore], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "ghp_Verkeerd987Token654"
    tip = remote_tip(remote)
    with GitHttpServer(remote.parent, token=TOKEN) as server:
        opened = open_git(servers, GitSettings(remote=server.url("remote.git"), token=wrong), tmp_path / "server")
        with pytest.raises(AuthenticationFailed) as refused:
            opened.current()
        with pytest.raises(AuthenticationFailed) as refused_publish:
            opened.publish(b"PK...2", base=tip, message=MESSAGE, author=ANNA)
    for failure in (refused.value, refused_publish.value):
        assert "toegangstoken" in str(failure) and "verkeerd of verlopen" in str(failure)
    assert remote_tip(remote) == tip
    texts = [
        str(refused.value),
        repr(refused.value),
        refused.value.detail,
        str(refused_publish.value),
        refused_publish.value.detail,
        repr(opened.settings),
    ]
    assert_token_kept_secret(wrong, texts=texts, caplog=caplog, folders=[tmp_path / "server"])
    assert "origin" in (tmp_path / "server" / "config").read_text()  # there is a config: it names no token


def test_a_public_repository_still_needs_the_token_to_publish(
    remote: Path, tmp_path: Path, servers: list[GitStore], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "glpat-Verkeerd987"
    tip = remote_tip(remote)
    with GitHttpServer(remote.parent, token=TOKEN, anonymous_read=True) as server:
        url = server.url("remote.git")
        with_wrong = open_git(servers, GitSettings(remote=url, token=wrong), tmp_path / "wrong")
        seen = with_wrong.current()[0]  # reading needs no token
        with pytest.raises(AuthenticationFailed, match="verkeerd of verlopen") as refused:
            with_wrong.publish(b"PK...2", base=seen.id, message=MESSAGE, author=ANNA)
        without = open_git(servers, GitSettings(remote=url), tmp_path / "without")
        with pytest.raises(AuthenticationFailed, match="geen token ingesteld"):
            without.publish(b"PK...2", base=without.current()[0].id, message=MESSAGE, author=ANNA)
        assert with_wrong.current()[0] == seen
    assert remote_tip(remote) == tip
    assert_token_kept_secret(
        wrong, texts=[str(refused.value), refused.value.detail], caplog=caplog, folders=[tmp_path / "wrong"]
    )


def test_an_http_remote_that_does_not_answer(tmp_path: Path, servers: list[GitStore]) -> None:
    with GitHttpServer(tmp_path) as server:
        url = server.url("remote.git")  # a port that was free a moment ago and is closed now
    opened = open_git(servers, GitSettings(remote=url, token=TOKEN), tmp_path / "server", timeout=5)
    with pytest.raises(RemoteUnavailable, match="niet bereikbaar") as failed:
        opened.current()
    assert TOKEN not in str(failed.value) + failed.value.detail


def test_two_concurrent_publishes_over_http_exactly_one_wins(
    remote: Path, tmp_path: Path, servers: list[GitStore]
) -> None:
    with GitHttpServer(remote.parent, token=TOKEN) as server:
        settings = GitSettings(remote=server.url("remote.git"), token=TOKEN)
        stores = [open_git(servers, settings, tmp_path / f"server{index}") for index in (0, 1)]
        for round_number in range(3):
            base = stores[0].current()[0].id
            stores[1].refresh(force=True)
            contents = [f"PK...http ronde {round_number} server {index}".encode() for index in (0, 1)]
            results = publish_at_once(stores, base, contents)  # type: ignore[arg-type]
            winners = [result for result in results if isinstance(result, Version)]
            refused = [result for result in results if isinstance(result, NewerVersionExists)]
            assert len(winners) == 1 and len(refused) == 1, results
            assert refused[0].newer == winners[0] and remote_tip(remote) == winners[0].id
            assert git("--git-dir", str(remote), "rev-parse", "main^") == base
