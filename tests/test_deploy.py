"""The setup for several servers (deploy/): HAProxy's configuration, the compose file, and the launcher's refusals.

Docker does not run here, so compose.yaml is checked for what it must hold; the same HAProxy configuration runs in
tests/test_balancer_browser.py (through deploy.local).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dashboard.config import SETTINGS
from deploy import haproxy, local
from support.balancer import haproxy_program

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "deploy" / "compose.yaml"


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_the_compose_configuration_is_the_template_filled_in():
    assert haproxy.COMPOSE_CONFIG.read_text(encoding="utf-8") == haproxy.compose_config(), (
        "deploy/haproxy.cfg is out of date: python -m deploy.haproxy > deploy/haproxy.cfg"
    )


def test_every_server_is_chosen_by_its_own_cookie_and_checked_on_streamlits_health_address():
    text = haproxy.render(
        [haproxy.Backend(f"app{i}", f"127.0.0.1:{8500 + i}") for i in (1, 2, 3)], bind="127.0.0.1:8080", stats_bind=":0"
    )
    assert re.findall(r"^\s+server (\S+) (\S+) cookie (\S+)$", text, re.M) == [
        ("app1", "127.0.0.1:8501", "app1"),
        ("app2", "127.0.0.1:8502", "app2"),
        ("app3", "127.0.0.1:8503", "app3"),
    ]
    assert f"cookie {haproxy.COOKIE} insert indirect nocache httponly" in text
    assert "http-check send meth GET uri /_stcore/health" in text
    assert re.search(r"^\s+timeout tunnel 1h", text, re.M)  # an open websocket outlives the request timeouts
    assert "resolvers" not in text and "$" not in text


@pytest.mark.parametrize(
    "backends",
    [[], [haproxy.Backend("app1", "a:1"), haproxy.Backend("app1", "b:2")]],
    ids=["no server", "one name twice"],
)
def test_servers_without_a_name_of_their_own_are_refused(backends):
    with pytest.raises(ValueError):
        haproxy.render(backends, bind=":8080", stats_bind=":8404")


@pytest.mark.parametrize(("name", "address"), [("App 1", "a:1"), ("app1", "a"), ("app1", "a:1 backup")])
def test_a_server_name_or_address_that_would_break_the_configuration_is_refused(name, address):
    with pytest.raises(ValueError):
        haproxy.Backend(name, address)


def test_haproxy_accepts_the_configurations_for_docker_and_for_this_machine(tmp_path):
    program = haproxy_program()
    on_this_machine = haproxy.render(
        [haproxy.Backend("app1", "127.0.0.1:8501"), haproxy.Backend("app2", "127.0.0.1:8502")],
        bind="127.0.0.1:8080",
        stats_bind="127.0.0.1:8404",
    )
    (tmp_path / "local.cfg").write_text(on_this_machine, encoding="utf-8")
    for config in (tmp_path / "local.cfg", haproxy.COMPOSE_CONFIG):
        valid, said = haproxy.validate(config, program)
        assert valid, said
    assert "[WARNING]" not in haproxy.validate(tmp_path / "local.cfg", program)[1]


def test_compose_runs_two_servers_of_the_dockerfile_with_the_same_settings_behind_the_balancer():
    services = compose()["services"]
    apps = [b.name for b in haproxy.COMPOSE_BACKENDS]
    assert set(services) == {*apps, "balancer"}
    assert {services[name]["build"] for name in apps} == {".."} and (COMPOSE.parent / ".." / "Dockerfile").is_file()
    environments = [services[name]["environment"] for name in apps]
    assert environments[0] == environments[1]
    environment = environments[0]
    # one repository for all, required; the cookie secret is the same on every server, required
    assert environment["WERKAGENDA_GIT_REMOTE"].startswith("${WERKAGENDA_GIT_REMOTE:?")
    assert environment["STREAMLIT_SERVER_COOKIE_SECRET"].startswith("${STREAMLIT_SERVER_COOKIE_SECRET:?")
    known = {setting.env for setting in SETTINGS}
    assert {name for name in environment if name.startswith("WERK")} <= known  # no misspelt setting
    port = re.search(r"--server\.port=(\d+)", (ROOT / "Dockerfile").read_text(encoding="utf-8"))[1]
    assert {b.address for b in haproxy.COMPOSE_BACKENDS} == {f"{name}:{port}" for name in apps}
    balancer = services["balancer"]
    assert "./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in balancer["volumes"]
    published = {entry.rsplit(":", 1)[1] for entry in balancer["ports"]}
    assert {haproxy.COMPOSE_BIND.lstrip(":"), haproxy.COMPOSE_STATS_BIND.lstrip(":")} == published


def test_the_launcher_refuses_several_servers_without_a_git_repository(monkeypatch, capsys):
    monkeypatch.delenv("WERKAGENDA_GIT_REMOTE", raising=False)
    assert local.main(["--servers", "2", "--poort", "0"]) == 2
    assert "WERKAGENDA_GIT_REMOTE" in capsys.readouterr().err


def test_the_launchers_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        local.main(["--help"])
    said = capsys.readouterr().out
    assert "hoeveel servers" in said and "De instellingen komen uit de omgeving" in said


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_a_missing_haproxy_fails_the_test_in_ci_and_skips_it_elsewhere(monkeypatch, ci, outcome):
    monkeypatch.setattr("support.balancer.haproxy_path", lambda: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="apt-get install haproxy"):
        haproxy_program()
