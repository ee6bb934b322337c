"""``python -m workbook publish`` and ``history`` against real repositories: a bare remote by path and by file://,
git's smart HTTP with a token (support.githttp), and the folder kind. Exit codes 0 / 1 / 2 and Dutch messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import gitrepos, sample
from support.githttp import GitHttpServer
from workbook import cli, contract
from workbook.commands import stores

TOKEN = "ghp_CliGeheim123Token"
ANNA = "Anna de Vries <anna@example.nl>"
GIT_ENV = ("WERKAGENDA_GIT_REMOTE", "WERKAGENDA_GIT_BRANCH", "WERKAGENDA_GIT_TOKEN", "WERKAGENDA_GIT_PAD")


def workbook_file(folder: Path, name: str, *edits: tuple[int, str, object]) -> Path:
    data = sample.sample_data()
    for index, column, value in edits:
        data[contract.SHEET_ACTIONS][index][column] = value
    folder.mkdir(parents=True, exist_ok=True)
    return sample.build(folder, data, name=name)


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    return {
        "begin": workbook_file(tmp_path / "begin", "actieoverzicht.xlsx"),
        "nieuw": workbook_file(tmp_path / "nieuw", "nieuw.xlsx", (0, "Status najaar 2025", contract.STATUS_DONE)),
        "fout": workbook_file(tmp_path / "fout", "fout.xlsx", (1, "Status najaar 2025", "Bijna klaar")),
    }


@pytest.fixture
def remote(tmp_path, files, monkeypatch) -> Path:
    bare = gitrepos.seeded_remote(tmp_path / "srv", files["begin"].read_bytes())
    for name in (*GIT_ENV, "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WERKAGENDA_GIT_REMOTE", str(bare))
    return bare


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_publish_then_history(capsys, remote, files):
    code, out, _ = run(capsys, "publish", str(files["nieuw"]), "--auteur", ANNA)
    assert code == 0
    tip = gitrepos.tip(remote)
    assert out.strip() == f"Gepubliceerd als versie {tip}: Werkboek bijgewerkt: 1 status gewijzigd"
    line = gitrepos.git("--git-dir", str(remote), "log", "-1", "--format=%an|%ae|%s", "main")
    assert line == "Anna de Vries|anna@example.nl|Werkboek bijgewerkt: 1 status gewijzigd"
    assert gitrepos.show(remote, "main:workbook/actieoverzicht.xlsx") == files["nieuw"].read_bytes()
    code, out, _ = run(capsys, "history", "--json")
    listed = json.loads(out)
    assert code == 0 and [v["versie"] for v in listed] == [tip, gitrepos.tip(remote, "main~1")]
    assert (listed[0]["auteur"], listed[0]["email"], listed[0]["samenvatting"]) == (
        "Anna de Vries",
        "anna@example.nl",
        "Werkboek bijgewerkt: 1 status gewijzigd",
    )
    code, out, _ = run(capsys, "history")
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and [(r[0], r[2], r[3]) for r in rows] == [
        (tip[:7], "Anna de Vries", "Werkboek bijgewerkt: 1 status gewijzigd"),
        (listed[1]["versie"][:7], "Seed", "Eerste versie"),
    ]


@pytest.mark.parametrize(
    ("which", "code", "text"),
    [
        ("fout", 1, "bevat 1 fout en is daarom niet gepubliceerd"),
        ("begin", 1, "gelijk aan de gepubliceerde versie"),
        ("onleesbaar", 2, "kan niet worden gelezen"),
        ("ontbreekt", 2, "bestaat niet; er is niets gepubliceerd"),
    ],
)
def test_publish_refuses_with_exit_code_and_leaves_the_remote(capsys, remote, files, tmp_path, which, code, text):
    if which == "onleesbaar":
        path = tmp_path / "kapot.xlsx"
        path.write_bytes(b"PK\x03\x04 kapot")
    else:
        path = files.get(which, tmp_path / "bestaat-niet.xlsx")
    before = gitrepos.tip(remote)
    exit_code, out, err = run(capsys, "publish", str(path))
    assert (exit_code, out) == (code, "") and text in err
    assert gitrepos.tip(remote) == before


def test_an_unreachable_remote_exits_2_in_dutch(capsys, remote, files, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKAGENDA_GIT_REMOTE", (tmp_path / "nergens.git").as_uri())
    code, _, err = run(capsys, "publish", str(files["nieuw"]))
    assert code == 2 and err.strip().endswith("is niet gevonden. Controleer het adres. Er is niets gepubliceerd.")
    code, _, err = run(capsys, "history")
    assert code == 2 and "niet gevonden" in err


def test_restore_diff_and_save_by_a_short_id(capsys, remote, files, tmp_path):
    first = gitrepos.tip(remote)
    assert run(capsys, "publish", str(files["nieuw"]))[0] == 0
    code, out, _ = run(capsys, "publish", "--terugzetten", first[:7], "--message", "Terug naar het begin")
    assert code == 0 and out.strip().endswith(": Terug naar het begin")
    assert gitrepos.show(remote, "main:workbook/actieoverzicht.xlsx") == files["begin"].read_bytes()
    body = gitrepos.git("--git-dir", str(remote), "log", "-1", "--format=%b", "main").splitlines()
    assert body[0].startswith("Versie van ") and body[0].endswith(" teruggezet: 1 status gewijzigd")
    code, out, _ = run(capsys, "history", "--verschil", first[:7], gitrepos.tip(remote, "main~1")[:7])
    assert code == 0 and "najaar 2025: 1 actie van Loopt naar Afgerond" in out
    target = tmp_path / "uit" / "eerste.xlsx"
    code, out, _ = run(capsys, "history", "--bewaar", first[:8], str(target))
    assert code == 0 and target.read_bytes() == files["begin"].read_bytes()
    code, _, err = run(capsys, "history", "--bewaar", first[:8], str(target))  # never overwrites
    assert code == 2 and "bestaat al" in err
    code, _, err = run(capsys, "history", "--bewaar", "ffff", str(tmp_path / "x.xlsx"))
    assert code == 2 and "niet gevonden" in err


def test_publish_over_http_with_the_token_and_a_wrong_token(capsys, remote, files, tmp_path, monkeypatch):
    with GitHttpServer(remote.parent, token=TOKEN) as server:
        monkeypatch.setenv("WERKAGENDA_GIT_REMOTE", server.url("remote.git"))
        monkeypatch.setenv("WERKAGENDA_GIT_TOKEN", "ghp_Verkeerd000")
        before = gitrepos.tip(remote)
        code, out, err = run(capsys, "publish", str(files["nieuw"]))
        assert code == 2 and out == ""
        assert "weigerde het toegangstoken (verkeerd of verlopen)" in err and "ghp_Verkeerd000" not in err
        assert gitrepos.tip(remote) == before
        monkeypatch.setenv("WERKAGENDA_GIT_TOKEN", TOKEN)
        code, out, err = run(capsys, "publish", str(files["nieuw"]))
        assert code == 0 and TOKEN not in out + err
    assert gitrepos.tip(remote) != before


def test_the_folder_kind_without_a_remote(capsys, files, tmp_path, monkeypatch):
    for name in GIT_ENV:
        monkeypatch.delenv(name, raising=False)
    workbook = tmp_path / "site" / "actieoverzicht.xlsx"
    workbook.parent.mkdir()
    workbook.write_bytes(files["begin"].read_bytes())
    monkeypatch.setenv("WERKBOEK_PAD", str(workbook))
    assert run(capsys, "publish", str(files["nieuw"]), "--auteur", ANNA)[0] == 0
    assert workbook.read_bytes() == files["nieuw"].read_bytes()
    listed = json.loads(run(capsys, "history", "--json")[1])
    assert [(v["auteur"], v["samenvatting"]) for v in listed] == [
        ("Anna de Vries", "Werkboek bijgewerkt: 1 status gewijzigd"),
        ("onbekend", "Versie zonder omschrijving (buiten het dashboard om geplaatst)"),
    ]
    assert (workbook.parent / "history" / listed[0]["versie"]).read_bytes() == files["nieuw"].read_bytes()


@pytest.mark.parametrize(
    ("text", "environ", "expected"),
    [
        ("Anna de Vries <anna@example.nl>", {}, ("Anna de Vries", "anna@example.nl")),
        ("<anna@example.nl>", {}, ("anna@example.nl", "anna@example.nl")),
        (None, {"GIT_AUTHOR_NAME": "Bob", "GIT_AUTHOR_EMAIL": "bob@example.nl"}, ("Bob", "bob@example.nl")),
        (None, {}, ("Werkagenda dashboard", "dashboard@werkagenda.invalid")),
    ],
)
def test_the_author_of_a_version_from_the_command_line(text, environ, expected):
    assert stores.author(text, environ) == expected


def test_an_author_without_an_address_is_a_dutch_usage_error(capsys, remote, files):
    code, _, err = run(capsys, "publish", str(files["nieuw"]), "--auteur", "Anna")
    assert code == 2 and "Naam <adres>" in err
