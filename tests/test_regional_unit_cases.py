"""Officials of a regional government's departments and their units
(``tests/data/regional_unit_cases.jsonl``, sentences written for this test).

- a post's field before its department may be as long as the nomenclature's fields
  (Permendagri 90/2019: "Pendidikan Anak Usia Dini dan Pendidikan Nonformal"), and a
  section's field may be followed by its division's ("Kepala Seksi X Bidang Y Dinas Z
  Kabupaten W"): the department and its region still make the organisation;
- an assistant inspector over a region of work ("Inspektur Pembantu Wilayah II") before
  the region's inspectorate belongs to the region's government;
- a community health centre (Puskesmas) named with its regency or city is that region's;
  named after a district only one regency has, that regency's (as its Camat is); after a
  district several regencies have, with none written, whose it is is not said;
- the secretary of a district, written after its office ("Sekretaris Kecamatan X"), takes
  the government of the regency the district lies in, as a Sekretaris Camat does; a
  district head's title before a regency's name that is also a district's names the
  district ("Camat Kuningan");
- a department's or agency's secretary fused as the press writes it ("Sekdis", "Sekban")
  is read as "Kadis" is;
- "Desa" closing a field before a department's short form is no village ("Pemerintahan Desa
  DPMD"); a post "pada" its department, then a lower-case honorific ("dr.") before the name;
- a health centre named after its district, then its region between commas, is that
  region's; a person's name before such a region is no place;
- a police post written out ("Kepala Bidang Lalu Lintas") whose field goes on with "dan" and
  words of the language ("dan Angkutan Jalan Dinas Perhubungan") is the department's field;
- a kelurahan named with common words ("Lurah Air Putih"), then a comma and its district,
  is named by all of them; common words alone after the title name none;
- a section's post and field with no department written ("Kepala Seksi Kurikulum, Nama")
  names no organisation, whatever span the recogniser guesses inside it;
- a "Balai" named before a regional department ("UPT Balai Latihan Kerja Dinas Tenaga Kerja
  Kabupaten X") is the department's technical unit, not a national body's office.

Each text must give exactly the expected PERSON entities with their organisations.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "regional_unit_cases.jsonl"


def test_every_text_gives_the_expected_people(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [[e.canonical, e.org] for e in record.entities if e.label == "PERSON"]
        if found != case["people"]:
            wrong.append((case["text"], found))
    assert wrong == []
