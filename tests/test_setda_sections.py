"""A regional secretariat's sections as the press shortens them (issue 18, lane offices2;
``abbreviations.tsv``: "Prokopim", "Ortala", "Adpem", "Adpim"): after "Kabag" the short form
is the section's field, never the first word of the holder's name, and the role spells the
section out."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor

_SLEMAN = "Sekretariat Daerah Kabupaten Sleman"
_TEXT = "Pemerintah Kabupaten Sleman menggelar rapat koordinasi. {post} Rizal Hasibuan mengatakan."


@pytest.mark.parametrize(
    ("post", "role"),
    [
        # a field only a secretariat's sections bear (secretariat_posts.tsv section_field)
        # ends the post with or without a comma; the role names the secretariat and the
        # document's region, as when "Setda" is written (docprobe2 lane)
        ("Kabag Prokopim", f"Kepala Bagian Protokol dan Komunikasi Pimpinan {_SLEMAN}"),
        ("Kabag Prokopim,", f"Kepala Bagian Protokol dan Komunikasi Pimpinan {_SLEMAN}"),
        ("Kabag Ortala,", "Kepala Bagian Organisasi dan Tata Laksana"),
        ("Kabag Adpem,", f"Kepala Bagian Administrasi Pembangunan {_SLEMAN}"),
    ],
)
def test_the_section_is_no_name_word(extractor: Extractor, post: str, role: str | None) -> None:
    record = extractor.extract(_TEXT.format(post=post), published="2021-06-14")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [e.canonical for e in people] == ["Rizal Hasibuan"]
    if role is not None:
        assert people[0].role == role
        assert people[0].org == "Pemerintah Kabupaten Sleman"
