"""The knowledge base: every data file loads and is consistent; validity dates pick the name."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from helpers import gazetteer_lines
from pmk_extract.errors import DataFileError
from pmk_extract.kb import KnowledgeBase, default_kb
from pmk_extract.kb_entries import KBEntry, load_entries
from pmk_extract.people import default_people


def test_all_gazetteers_load_and_reference_known_ids() -> None:
    kb, people = default_kb(), default_people()
    assert len({e.id for e in kb.entries if e.label == "ORG"}) > 700
    assert sum(1 for e in kb.entries if e.kind == "province") == 38
    assert sum(1 for e in kb.entries if e.kind in ("regency", "city")) >= 514
    for office in people.offices.values():
        assert office.org is None or office.org in kb.by_id, office.id
    for holder in people.holders:
        assert holder.office in people.offices


def test_no_alias_names_two_bodies_at_the_same_time() -> None:
    kb = default_kb()
    for surface, entries in kb.surfaces.items():
        orgs = [e for e in entries if e.label == "ORG"]
        for a in orgs:
            for b in orgs:
                if a is b or a.id == b.id:
                    continue
                overlap = (
                    a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to
                ) and (b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to)
                assert not overlap, (surface, a.id, b.id)


def test_single_seat_terms_do_not_overlap() -> None:
    people = default_people()
    multi = {
        line["id"]
        for line in gazetteer_lines("offices.jsonl")
        if line.get("note", "").startswith("multi-seat")
    }
    for office, holders in people.by_office.items():
        if office in multi:
            continue
        terms = sorted(holders, key=lambda h: h.start or dt.date.min)
        for a, b in itertools.pairwise(terms):
            assert a.end is not None and b.start is not None and a.end < b.start, (office, a, b)


@pytest.mark.parametrize(
    ("surface", "day", "canonical"),
    [
        ("Kemendikbud", dt.date(2020, 5, 2), "Kementerian Pendidikan dan Kebudayaan"),
        (
            "Kemenko PMK",
            dt.date(2022, 3, 9),
            "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
        ),
        ("KEMENKO PMK", None, "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"),
        ("Jateng", None, "Jawa Tengah"),
        ("Sumbar", None, "Sumatera Barat"),
        ("Cianjur", None, "Kabupaten Cianjur"),
        ("Bogor", None, "Bogor"),
        # a region's short form after its kind word, as the press writes the full name
        ("Provinsi Kalbar", None, "Kalimantan Barat"),
        ("Kabupaten Kutim", None, "Kabupaten Kutai Timur"),
        ("Kab. Kutim", None, "Kabupaten Kutai Timur"),
        ("KABUPATEN KUTIM", None, "Kabupaten Kutai Timur"),
    ],
)
def test_lookup_by_date(surface: str, day: dt.date | None, canonical: str) -> None:
    entry = default_kb().lookup(surface, day)
    assert entry is not None and entry.canonical == canonical


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Menko PMK", dt.date(2022, 3, 9), "Muhadjir Effendy"),
        ("Menko PMK", dt.date(2025, 3, 9), "Pratikno"),
        ("Presiden", dt.date(2023, 1, 1), "Joko Widodo"),
        ("Presiden", dt.date(2025, 1, 1), "Prabowo Subianto"),
        ("MenpanRB", dt.date(2022, 3, 9), "Tjahjo Kumolo"),
    ],
)
def test_office_holder_on_a_date(title: str, day: dt.date, holder: str) -> None:
    people = default_people()
    office = people.title(title, day)
    assert office is not None
    found = people.holder(office.id, day)
    assert found is not None and found.name == holder


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"canonical": "X", "kind": "agency", "aliases": "X"}', "aliases"),
        ('{"kind": "agency"}', "canonical"),
        ('{"canonical": "X", "kind": "agency", "valid_from": "2020-13-01"}', "ISO date"),
        ("{not json", "invalid JSON"),
        (
            '{"canonical": "X", "kind": "a", "valid_from": "2021-01-01", "valid_to": "2020-01-01"}',
            "before",
        ),
    ],
)
def test_bad_data_lines_name_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, message: str
) -> None:
    (tmp_path / "gazetteers").mkdir()
    (tmp_path / "gazetteers" / "x.jsonl").write_text(
        '{"canonical": "A", "kind": "agency"}\n' + line + "\n", encoding="utf-8"
    )
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    with pytest.raises(DataFileError) as info:
        load_entries("gazetteers/x.jsonl", "ORG")
    assert "x.jsonl:2" in str(info.value) and message in str(info.value)


def test_pick_prefers_the_name_in_force() -> None:
    old = KBEntry("k", "Old Name", "ORG", "ministry", ("K",), None, None, dt.date(2020, 12, 31))
    new = KBEntry("k", "New Name", "ORG", "ministry", ("K",), None, dt.date(2021, 1, 1), None)
    kb = KnowledgeBase([old, new])
    assert kb.lookup("K", dt.date(2019, 1, 1)).canonical == "Old Name"  # type: ignore[union-attr]
    assert kb.lookup("K", dt.date(2022, 1, 1)).canonical == "New Name"  # type: ignore[union-attr]
    assert kb.lookup("K", None).canonical == "New Name"  # type: ignore[union-attr]


def test_a_ministry_unit_is_also_written_with_its_ministry() -> None:
    kb = default_kb()
    for surface, canonical in [
        ("Ditjen Pajak Kemenkeu", "Direktorat Jenderal Pajak Kementerian Keuangan"),
        ("DJBC Kementerian Keuangan", "Direktorat Jenderal Bea dan Cukai Kementerian Keuangan"),
        (
            "Ditjen Migas Kementerian ESDM",
            "Direktorat Jenderal Minyak dan Gas Bumi Kementerian Energi dan Sumber Daya Mineral",
        ),
        ("BPSDM Kemendagri", "Badan Pengembangan Sumber Daya Manusia Kementerian Dalam Negeri"),
    ]:
        found = kb.lookup(surface)
        assert found is not None and found.canonical == canonical, surface
    # a short form that many ministries' units share names one only with its ministry
    assert kb.lookup("BPSDM") is None


def test_units_of_more_ministries_and_their_shared_short_forms() -> None:
    kb = default_kb()
    day = dt.date(2022, 6, 1)
    for surface, canonical in [
        ("Ditjen Bimas Islam", "Direktorat Jenderal Bimbingan Masyarakat Islam Kementerian Agama"),
        (
            "Ditjen GTK",
            "Direktorat Jenderal Guru dan Tenaga Kependidikan"
            " Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
        ),
        (
            "Ditjen PPI KLHK",
            "Direktorat Jenderal Pengendalian Perubahan Iklim"
            " Kementerian Lingkungan Hidup dan Kehutanan",
        ),
        (
            "Ditjen PPI",
            "Direktorat Jenderal Perundingan Perdagangan Internasional Kementerian Perdagangan",
        ),
        (
            "BPSDM PUPR",
            "Badan Pengembangan Sumber Daya Manusia"
            " Kementerian Pekerjaan Umum dan Perumahan Rakyat",
        ),
        ("KPI Pusat", "Komisi Penyiaran Indonesia"),
    ]:
        found = kb.lookup(surface, day)
        assert found is not None and found.canonical == canonical, surface
    # a unit that moved in the 2024 split carries the new ministry's name from 2024-10-21
    later = kb.lookup("Ditjen GTK", dt.date(2025, 1, 6))
    assert later is not None and later.canonical.endswith(
        "Kementerian Pendidikan Dasar dan Menengah"
    )
