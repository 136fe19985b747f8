"""Long posts before a name, on mentions written for this test (``data/longpost_cases.jsonl``,
longposts lane): a unit head's post of several words that ends at its organisation, then the
holder's name. A coordinating ministry's full name written without its "Bidang"
("Kementerian Koordinator Kemaritiman dan Investasi": ``name_variants.spelling_variants``) is the
ministry, so the post before it has its organisation and the name after it is read whole. A
place written inside the field, the field going on after it to a national body
("Direktur Perlindungan Warga Negara Indonesia dan Badan Hukum Indonesia Kemlu",
``field_places.py``), is a word of the field; with no body after it, no organisation. So are
a field's words written in lower case ("Kepala Pusat data dan informasi Kementan"), not other
lower-case words ("bersama jajaran"). The body's name may close with the country, "Republik
Indonesia" in any case, as with "RI" (``title_parts.skip_tail``). Words after a post that hold
an event's noun ("Rapat Koordinasi", "Seminar", "Pekan": ``event_names.py``) are the event's
name, no person. With
no body written, a field's noun may end in an adjective made with me-, ber- or ter- (also
negated: "Penyakit Tidak Menular"), and the name after it is the holder's
(``unplaced_titles.py``); a root word there ("Indah", "Teguh") may be a name's and ends no field.
Rows marked ``none`` are phrases with no person; rows marked ``no_org`` name a person whose
organisation is not written.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person, mention_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "longpost_cases.jsonl")


def test_long_posts_read_with_their_organisation(extractor: Extractor) -> None:
    rows = [c for c in CASES if not c.get("none") and not c.get("no_org")]
    assert len(rows) >= 18
    assert mention_misses(extractor, rows) == []


def test_no_person_or_no_organisation_where_none_is_written(extractor: Extractor) -> None:
    rows = [c for c in CASES if c.get("none") or c.get("no_org")]
    for case, record in zip(rows, extract_cases(extractor, rows), strict=True):
        person = longest_person(record, case["mention"])
        if case.get("none"):
            assert person is None, (case["mention"], person.text if person else None)
        else:
            assert person is not None and person.canonical == case["person"], case["mention"]
            assert person.org is None, (case["mention"], person.org)
            assert person.role == case.get("role", person.role), (case["mention"], person.role)
