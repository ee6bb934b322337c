"""Real git repositories for tests: a bare remote seeded with the real ``git`` binary, independent of dulwich.

``seeded_remote(folder, workbook_bytes)`` makes ``folder/remote.git`` (branch ``main``) holding the workbook at
``workbook/actieoverzicht.xlsx`` and a bit of code, plus a branch ``develop`` the stores must never touch.
:func:`git` runs git with a fixed identity and without the machine's own configuration.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

WORKBOOK = "workbook/actieoverzicht.xlsx"
SEED = "Seed"


def git(*args: str, cwd: Path | None = None) -> str:
    """Run the real git binary; its output, stripped. Fails the caller on a non-zero exit."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME=SEED,
        GIT_AUTHOR_EMAIL="seed@example.nl",
        GIT_COMMITTER_NAME=SEED,
        GIT_COMMITTER_EMAIL="seed@example.nl",
        LC_ALL="C",
    )
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def bare(path: Path, branch: str = "main") -> Path:
    """An empty bare repository at ``path``."""
    git("init", "-q", "--bare", "-b", branch, str(path))
    return path


def seeded_remote(folder: Path, workbook: bytes, *, path: str = WORKBOOK, with_develop: bool = True) -> Path:
    """``folder/remote.git``: one commit on ``main`` with the workbook at ``path`` and ``app.py``; and ``develop``."""
    remote = bare(folder / "remote.git")
    seed = folder / "seed"
    git("init", "-q", "-b", "main", str(seed))
    (seed / path).parent.mkdir(parents=True, exist_ok=True)
    (seed / path).write_bytes(workbook)
    (seed / "app.py").write_text("print('dashboard')\n", encoding="utf-8")
    git("add", ".", cwd=seed)
    git("commit", "-q", "-m", "Eerste versie", cwd=seed)
    git("push", "-q", str(remote), "main", cwd=seed)
    if with_develop:
        git("checkout", "-q", "-b", "develop", cwd=seed)
        (seed / "README.md").write_text("# elders\n", encoding="utf-8")
        git("add", ".", cwd=seed)
        git("commit", "-q", "-m", "Op een andere branch", cwd=seed)
        git("push", "-q", str(remote), "develop", cwd=seed)
    return remote


def tip(remote: Path, branch: str = "main") -> str:
    """The commit ``branch`` of the bare repository ``remote`` points at."""
    return git("--git-dir", str(remote), "rev-parse", branch)


def show(remote: Path, spec: str) -> bytes:
    """The bytes of ``spec`` (``main:workbook/actieoverzicht.xlsx``) in ``remote``, as git itself reads them."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    done = subprocess.run(["git", "--git-dir", str(remote), "show", spec], env=env, capture_output=True, check=True)
    return done.stdout


def push_code_change(remote: Path, work: Path) -> str:
    """Another developer pushes a commit to ``main`` that changes code, not the workbook; returns its sha."""
    if not work.exists():
        git("clone", "-q", str(remote), str(work))
    git("pull", "-q", "--ff-only", cwd=work)
    with open(work / "app.py", "a", encoding="utf-8") as stream:
        stream.write("# nog een regel\n")
    git("commit", "-q", "-am", "Code aangepast", cwd=work)
    git("push", "-q", "origin", "main", cwd=work)
    return git("rev-parse", "HEAD", cwd=work)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
