"""A post holder's organisation named in forms the post phrase readers used to miss:
sentences written for these tests (``tests/data/postlink_cases.jsonl``), extracted in one
batch.

- ``opening_name``: a name of two words or more opening a clause right before its post and
  organisation, then the clause's verb ("Nama Kepala Kantor X mengatakan"); not a name in
  the middle of a clause, nor one whose title has its own name, nor common words;
- ``org_again``: the title's organisation written again after the title, then a comma and
  the name ("Jamintel Kejagung, Nama");
- ``lowered_field``: a title whose later words are written in lower case ("Kepala Bidang
  data dan Informasi BPBD X Nama"); not a verb nor a bare adjective before the office;
- ``initial``: an initial of the name written before the name ("Sekjen X A. Nama");
- ``degree``: a dentist's or veterinarian's honorific before the name ("drg", "drh");
- ``vertical_unit``: a unit of a national body's regional office ("Kanwil") is never the
  regional government's, whatever region its name ends with;
- ``office_short_form``: a national body's local office named by the body's short name and
  a place ("Bea Cukai Cilegon", "Kanwil Bea Cukai Jatim", "Imigrasi Batam", "SAR Tarakan").

``person`` is the expected PERSON's canonical (null: no PERSON at all), ``org`` its
organisation (null: none), ``role`` its role when given.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "postlink_cases.jsonl"


def test_post_link_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        people = [p for p in record.entities if p.label == "PERSON"]
        if case["person"] is None:
            if people:
                wrong.append((case["text"], [p.canonical for p in people]))
            continue
        found = [p for p in people if p.canonical == case["person"]]
        got = [(p.org, p.role) for p in found]
        role = case.get("role", found[0].role if found else None)
        if not found or (found[0].org, found[0].role) != (case["org"], role):
            wrong.append((case["text"], got))
    assert wrong == []
    assert {case["class"] for case in cases} == {
        "opening_name",
        "org_again",
        "lowered_field",
        "initial",
        "degree",
        "vertical_unit",
        "office_short_form",
    }
