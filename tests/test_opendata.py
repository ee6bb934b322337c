"""Open data per round: the Data Package validates with frictionless, its tables and keys come from the checks,
its bytes are the same each time, a workbook with fouten is refused, and a closed round is rebuilt from the
version it was closed in."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import frictionless
import pytest

from domain.model import build_overview
from opendata import DESCRIPTOR, Release, build
from opendata.release import NotPublishable, closed_release, package
from schemas import check
from support import sample
from views import history as history_view
from views.round_files import close_round, new_round
from workbook import cli, contract
from workbook.versions import FolderStore

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def canonical_package(tmp_path_factory):
    checked = check(contract.CANONICAL_WORKBOOK, today=TODAY)
    made = package(checked)
    folder = tmp_path_factory.mktemp("pakket")
    for name, content in made.files.items():
        (folder / name).write_bytes(content)
    return checked, made, folder


def rows(files: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files[name].decode("utf-8"))))


def test_the_canonical_package_validates_with_frictionless_and_its_keys_hold(canonical_package):
    _, made, folder = canonical_package
    report = frictionless.validate(folder / DESCRIPTOR)
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])[:10]
    assert report.stats["errors"] == 0 and all(task.stats["errors"] == 0 for task in report.tasks)
    descriptor = json.loads(made.files[DESCRIPTOR])
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["licenses"][0]["name"] == "CC0-1.0"
    names = [r["name"] for r in descriptor["resources"]]
    assert names == [
        "prioriteiten", "doelstellingen", "partijen", "rondes", "acties", "voortgang", "actie_partijen", "budget",
        "indicatoren", "metingen", "bronnen",
    ]  # fmt: skip
    sources = rows(made.files, "bronnen.csv")
    assert len(sources) == 5 and all(r["titel"] for r in sources)  # the five documents, by title
    assert all(r["bron"].split(":")[0] in {s["bron"] for s in sources} for r in rows(made.files, "budget.csv"))
    keys = {r["name"]: r["schema"].get("foreignKeys", []) for r in descriptor["resources"]}
    assert {
        "fields": ["doelstelling"],
        "reference": {"resource": "doelstellingen", "fields": ["doelstelling"]},
    } in keys["acties"]
    assert {"fields": ["onderdeel_van"], "reference": {"fields": ["budget_id"]}} in keys["budget"]  # itself
    assert len(rows(made.files, "acties.csv")) == 78


def test_every_rounds_status_is_in_the_long_table(canonical_package):
    checked, made, _ = canonical_package
    long = rows(made.files, "voortgang.csv")
    actions = checked.workbook.frame(contract.SHEET_ACTIONS)
    expected = [
        (action_id, name, actions.loc[row, f"Status {name}"] or "")
        for row, action_id in zip(actions.index, actions[contract.COL_ACTION_ID])
        for name in ("zomer 2024", "najaar 2025")
    ]
    assert [(r["actie_id"], r["ronde"], r["status"]) for r in long] == expected
    assert len(long) == 156
    texts = {(r["actie_id"], r["ronde"]): r["voortgang"] for r in long}
    assert texts[("1.1-01", "najaar 2025")] == actions.iloc[0]["Voortgang najaar 2025"]


def test_the_fields_are_derived_from_the_pandera_models(canonical_package):
    _, made, _ = canonical_package
    resources = {r["name"]: r for r in json.loads(made.files[DESCRIPTOR])["resources"]}
    fields = {(name, f["name"]): f for name, r in resources.items() for f in r["schema"]["fields"]}
    assert fields[("voortgang", "status")]["constraints"]["enum"] == list(contract.STATUSES)
    assert fields[("acties", "actie_id")]["constraints"] == {
        "required": True,
        "unique": True,
        "pattern": r"[1-3]\.[1-9]-\d{2,5}",
    }
    assert fields[("acties", "startjaar")] | {"description": ""} == {
        "name": "startjaar",
        "title": "Startjaar",
        "type": "integer",
        "description": "",
        "constraints": {"minimum": 2020, "maximum": 2035},
    }
    assert fields[("budget", "bedrag_mln_eur")]["type"] == "number"
    assert fields[("budget", "bedrag_mln_eur")]["constraints"] == {"required": True, "minimum": 0}
    assert fields[("partijen", "soort")]["constraints"]["enum"] == list(contract.PARTY_KINDS)
    assert (fields[("rondes", "datum")]["type"], fields[("rondes", "kamerbrief")]["type"]) == ("date", "date")
    assert resources["voortgang"]["schema"]["primaryKey"] == ["actie_id", "ronde"]


def test_the_dcat_description_has_what_data_overheid_nl_needs(canonical_package):
    _, made, _ = canonical_package
    dataset = json.loads(made.files["dcat.jsonld"])
    for key in ("dct:title", "dct:description", "dct:publisher", "dct:license", "dcat:theme", "dct:language",
                "dcat:distribution", "dct:identifier", "dcat:contactPoint", "dct:modified"):  # fmt: skip
        assert dataset.get(key), key
    assert dataset["@type"] == "dcat:Dataset"
    assert {"@id": "http://standaarden.overheid.nl/owms/terms/Beroepsonderwijs_(thema)"} in dataset["dcat:theme"]
    formats = {d["dcat:downloadURL"]["@id"]: d["dcat:mediaType"]["@id"] for d in dataset["dcat:distribution"]}
    assert formats["acties.csv"].endswith("/text/csv") and formats[DESCRIPTOR].endswith("/application/json")
    assert "dcat.jsonld" not in formats  # it describes the others


def test_two_builds_give_the_same_bytes_and_the_round_limits_the_rounds(tmp_path):
    path = sample.build(tmp_path)
    first, second = package(check(path)), package(check(path))
    assert first.files == second.files and first.zip() == second.zip()
    names = zipfile.ZipFile(io.BytesIO(first.zip())).namelist()
    assert names == [f"{first.folder}/{name}" for name in sorted(first.files)]
    early = package(check(path), round_name="zomer 2024")
    assert {r["ronde"] for r in rows(early.files, "voortgang.csv")} == {"zomer 2024"}
    assert [r["ronde"] for r in rows(early.files, "rondes.csv")] == ["zomer 2024"]


def test_an_empty_status_is_empty_in_the_long_table_and_counts_as_no_answer(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0]["Status najaar 2025"] = None
    data[contract.SHEET_ACTIONS][0]["Voortgang najaar 2025"] = None
    made = package(check(sample.build(tmp_path, data)))
    long = {(r["actie_id"], r["ronde"]): r["status"] for r in rows(made.files, "voortgang.csv")}
    assert long[("1.1-01", "najaar 2025")] == "" and long[("1.1-01", "zomer 2024")] == "Loopt"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(["opendata", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_writes_the_same_bytes_twice_and_refuses_fouten(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(tmp_path / "elders.xlsx"))  # the file is no stored version
    path = sample.build(tmp_path)
    code, out, _ = run(capsys, path, tmp_path / "a", "--zip")
    assert code == 0 and out.startswith(
        f"Gegevenspakket geschreven: {tmp_path / 'a'} (ronde najaar 2025, 9 tabellen"
    )  # no indicators
    assert run(capsys, path, tmp_path / "b", "--zip")[0] == 0
    a, b = sorted((tmp_path / "a").iterdir()), sorted((tmp_path / "b").iterdir())
    assert [p.name for p in a] == [p.name for p in b] and all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    code, _, err = run(capsys, path, tmp_path / "a")
    assert code == 1 and "bestaat al" in err  # nothing overwritten unasked
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_GOAL] = "9.9"  # unknown goal: a fout
    code, _, err = run(capsys, sample.build(tmp_path, data, name="fout.xlsx"), tmp_path / "c")
    assert code == 1 and "Het werkboek 'fout.xlsx' bevat 1 fout. Open data wordt alleen gemaakt" in err
    assert "Het gegevenspakket is niet gemaakt." in err and not (tmp_path / "c").exists()
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen werkboek")
    assert run(capsys, broken, tmp_path / "d")[0] == 2 and not (tmp_path / "d").exists()
    assert run(capsys, path, tmp_path / "e", "--ronde", "winter")[0] == 1


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        self.now += dt.timedelta(hours=1)
        return self.now


def test_a_closed_round_is_rebuilt_from_the_version_it_was_closed_in(tmp_path):
    path = sample.build(tmp_path)
    store = FolderStore(path, clock=Clock())
    store.publish(path.read_bytes(), base=None, message="Eerste versie")
    current = store.current()[0]
    with pytest.raises(NotPublishable, match="niet vastgesteld"):
        closed_release(store, "najaar 2025", path.name)
    closed = close_round(path.read_bytes(), check(path), "najaar 2025", TODAY)
    closing = store.publish(closed, base=current.id, message="Ronde najaar 2025 vastgesteld")
    later = new_round(closed, check(closed), "voorjaar 2026", dt.date(2026, 5, 1))
    store.publish(later, base=closing.id, message="Ronde voorjaar 2026 geopend")
    first = closed_release(store, "najaar 2025", path.name)
    again = closed_release(store, "Najaar 2025", path.name)
    assert first.version == closing and first.package.release.version_id == closing.id
    assert first.package.files == again.package.files and first.package.zip() == again.package.zip()
    assert first.package.files == package(check(closed, name=path.name), closing).files
    assert {r["ronde"] for r in rows(first.package.files, "voortgang.csv")} == {"zomer 2024", "najaar 2025"}
    assert first.appendix.stamp.version == history_view.short_id(closing.id)
    assert first.docx.startswith(b"PK")


def test_a_closed_round_outside_the_history_says_how_to_get_its_release(tmp_path):
    path = sample.build(tmp_path)
    path.write_bytes(close_round(path.read_bytes(), check(path), "najaar 2025", TODAY))  # placed by hand: no history
    store = FolderStore(path, clock=Clock())
    with pytest.raises(NotPublishable, match="vastgesteld op 22 november 2026, maar de versie waarin dat gebeurde"):
        closed_release(store, "najaar 2025", path.name)
    store.publish(path.read_bytes(), base=None, message="Werkboek overgenomen")  # records the file as a version
    assert closed_release(store, "najaar 2025", path.name).version == store.current()[0]


def test_release_fixed_fields(tmp_path):
    checked = check(sample.build(tmp_path))
    overview = build_overview(checked.workbook)
    moment = dt.datetime(2026, 12, 1, 13, 14, 15, 999, tzinfo=dt.UTC)
    release = Release("najaar 2025", "Werkagenda mbo 2023-2027", checked.digest, "abc" * 13 + "d", "abcabca", moment)
    descriptor = json.loads(build(checked.workbook, overview, release)[DESCRIPTOR])
    assert descriptor["created"] == "2026-12-01T13:14:15Z"
    assert descriptor["werkagenda"]["versie_kort"] == "abcabca" and descriptor["werkagenda"]["ronde"] == "najaar 2025"
    assert descriptor["name"] == "werkagenda-mbo-2023-2027-actieoverzicht-najaar-2025"


def test_geschiedenis_and_bijlage_offer_the_release_of_a_closed_round(tmp_path, monkeypatch):
    """The pages rebuild a closed round from its closing version: the zip is the one closed_release makes."""
    import streamlit as st

    from tests import apptest

    for name in ("WERKAGENDA_GIT_REMOTE", "WERKAGENDA_GEHOST"):
        monkeypatch.delenv(name, raising=False)
    path = sample.build(tmp_path)
    store = FolderStore(path, clock=Clock())
    first = store.publish(path.read_bytes(), base=None, message="Eerste versie")
    closed = close_round(path.read_bytes(), check(path), "najaar 2025", TODAY)
    closing = store.publish(closed, base=first.id, message="Ronde najaar 2025 vastgesteld")
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    apptest.install(monkeypatch)
    st.cache_data.clear()
    expected = closed_release(store, "najaar 2025", path.name).package.zip()
    at = apptest.run_page("geschiedenis")
    assert not at.exception and at.selectbox(key="uitgave-ronde").value == "najaar 2025"
    assert any(history_view.short_id(closing.id) in m.value for m in at.markdown)
    content, name = apptest.download(at, "Open data (.zip) van de vastgestelde ronde")
    assert content == expected and name.endswith(".zip")
    at = apptest.run_page("bijlage", ronde="najaar 2025")
    assert not at.exception
    assert apptest.download(at, "Open data (.zip) van de vastgestelde ronde")[0] == expected
    stamp = next(m.value for m in at.markdown if "**Gemaakt uit:**" in m.value)
    assert history_view.short_id(closing.id) in stamp.replace("\\", "")  # the shown workbook is that version
