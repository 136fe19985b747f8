"""Police and military units, regional bodies, schools and companies built by pattern, and
officials with fused titles and ranks (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor

POLRI = "Kepolisian Negara Republik Indonesia"
TNI = "Tentara Nasional Indonesia"


def _ents(extractor: Extractor, text: str, published: str = "2021-03-02") -> dict[str, object]:
    record = extractor.extract(text, published=published)
    return {e.text: e for e in record.entities}


@pytest.mark.parametrize(
    ("text", "span", "canonical"),
    [
        (
            "Kasus itu ditangani Polda Sulsel sejak pekan lalu.",
            "Polda Sulsel",
            "Kepolisian Daerah Sulawesi Selatan",
        ),
        (
            "Warga melapor ke Polres Sleman pada malam hari.",
            "Polres Sleman",
            "Kepolisian Resor Sleman",
        ),
        (
            "Petugas Polres Metro Jakarta Timur berjaga di lokasi.",
            "Polres Metro Jakarta Timur",
            "Kepolisian Resor Metropolitan Jakarta Timur",
        ),
        (
            "Laporan diterima Polrestabes Medan kemarin.",
            "Polrestabes Medan",
            "Kepolisian Resor Kota Besar Medan",
        ),
        (
            "Anggota Polsek Cilandak mengamankan dua orang.",
            "Polsek Cilandak",
            "Kepolisian Sektor Cilandak",
        ),
        (
            "Personel Kodam III/Siliwangi membantu evakuasi.",
            "Kodam III/Siliwangi",
            "Komando Daerah Militer III/Siliwangi",
        ),
        (
            "Prajurit Kodim 0618/Bandung ikut membersihkan sungai.",
            "Kodim 0618/Bandung",
            "Komando Distrik Militer 0618/Bandung",
        ),
        (
            "Satuan Reserse Kriminal Polres Bogor menyelidiki kasus itu.",
            "Satuan Reserse Kriminal Polres Bogor",
            "Satuan Reserse Kriminal Kepolisian Resor Bogor",
        ),
        (
            "Hasil itu dibahas DPRD Jawa Barat pada rapat paripurna.",
            "DPRD Jawa Barat",
            "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Barat",
        ),
        (
            "Rapat Komisi B DPRD Kota Surabaya berlangsung lama.",
            "Komisi B DPRD Kota Surabaya",
            "Komisi B Dewan Perwakilan Rakyat Daerah Kota Surabaya",
        ),
        (
            "Tim BPBD Kabupaten Cianjur menyisir lokasi.",
            "BPBD Kabupaten Cianjur",
            "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur",
        ),
        (
            "Petugas Satpol PP Kota Medan menertibkan pedagang.",
            "Satpol PP Kota Medan",
            "Satuan Polisi Pamong Praja Kota Medan",
        ),
        (
            "Pendaftaran dibuka Kanwil Kemenag Jawa Barat.",
            "Kanwil Kemenag Jawa Barat",
            "Kantor Wilayah Kementerian Agama Provinsi Jawa Barat",
        ),
        (
            "Siswa SMP Negeri 5 Bandung mengikuti lomba itu.",
            "SMP Negeri 5 Bandung",
            "Sekolah Menengah Pertama Negeri 5 Bandung",
        ),
        ("Guru SDN 3 Ciamis menerima bantuan.", "SDN 3 Ciamis", "Sekolah Dasar Negeri 3 Ciamis"),
        (
            "Kendaraan itu dibuat PT Pindad (Persero) di Bandung.",
            "PT Pindad (Persero)",
            "PT Pindad (Persero)",
        ),
    ],
)
def test_bodies_by_pattern(extractor: Extractor, text: str, span: str, canonical: str) -> None:
    ents = _ents(extractor, text)
    assert span in ents, sorted(ents)
    ent = ents[span]
    assert ent.label == "ORG"  # type: ignore[attr-defined]
    assert ent.canonical == canonical  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "Kapolres Sleman AKBP Budi Santoso meninjau pos jaga.",
            "Budi Santoso",
            "Kepala Kepolisian Resor Sleman",
            POLRI,
        ),
        (
            "Wakapolda Jatim Brigjen Pol Slamet Riyadi hadir.",
            "Slamet Riyadi",
            "Wakil Kepala Kepolisian Daerah Jawa Timur",
            POLRI,
        ),
        (
            "Kapolsek Cilandak Kompol Agus Salim memimpin apel.",
            "Agus Salim",
            "Kepala Kepolisian Sektor Cilandak",
            POLRI,
        ),
        (
            # the recorded Pangdam of the published date (holders.jsonl, kodam lane)
            "Pangdam III/Siliwangi Mayjen TNI Nugroho Budi Wiryanto meninjau lokasi.",
            "Nugroho Budi Wiryanto",
            "Panglima Komando Daerah Militer III/Siliwangi",
            TNI,
        ),
        (
            "Dandim 0618/Bandung Letkol Inf Andi Wijaya memimpin apel.",
            "Andi Wijaya",
            "Komandan Komando Distrik Militer 0618/Bandung",
            TNI,
        ),
        (
            # the Kapolda of Bali on the published date (holders.jsonl): an invented name
            # after the title of a sourced office is not that office's holder
            "Kepala Polda Bali Inspektur Jenderal Putu Jayan Danu Putra menyampaikan imbauan.",
            "Putu Jayan Danu Putra",
            "Kepala Kepolisian Daerah Bali",
            POLRI,
        ),
        (
            "Ketua DPRD Jawa Barat Hendra Gunawan membuka rapat.",
            "Hendra Gunawan",
            "Ketua Dewan Perwakilan Rakyat Daerah Provinsi Jawa Barat",
            "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Barat",
        ),
    ],
)
def test_fused_titles_and_ranks(
    extractor: Extractor, text: str, name: str, role: str, org: str
) -> None:
    ents = _ents(extractor, text)
    assert name in ents, sorted(ents)  # the rank is not part of the name
    person = ents[name]
    assert person.label == "PERSON"  # type: ignore[attr-defined]
    assert person.role == role  # type: ignore[attr-defined]
    assert person.org == org  # type: ignore[attr-defined]


def test_rank_is_not_an_office(extractor: Extractor) -> None:
    """A written-out rank before a name is no Inspektur Jenderal of a ministry."""
    ents = _ents(extractor, "Irjen Pol Made Sukarna dan Kementerian Sosial hadir.")
    person = ents.get("Made Sukarna")
    assert person is None or person.role is None  # type: ignore[attr-defined]


def test_designation_needs_a_number(extractor: Extractor) -> None:
    """ "SMP Negeri" without a number, or "Polda" alone, is no body of its own."""
    ents = _ents(extractor, "Dia pindah ke SMP Negeri di kota itu, lalu melapor ke Polda.")
    assert not any(e.label == "ORG" for e in ents.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        # a fused title with no place, a rank before the name
        (
            "Kapolres AKBP Rudi Hartono memimpin apel pagi.",
            "Rudi Hartono",
            "Kepala Kepolisian Resor",
            POLRI,
        ),
        # heads of police units, fused or in two words, with the command after them
        (
            "Kasat Reskrim Polres Bogor AKP Dedi Kurnia menjelaskan kronologi.",
            "Dedi Kurnia",
            "Kepala Satuan Reserse Kriminal Kepolisian Resor Bogor",
            POLRI,
        ),
        (
            "Dirlantas Polda Jabar Kombes Pol Andi Wijaya meninjau jalur mudik.",
            "Andi Wijaya",
            "Direktur Direktorat Lalu Lintas Kepolisian Daerah Jawa Barat",
            POLRI,
        ),
        (
            "Kadiv Humas Polri Irjen Budi Santika menyampaikan keterangan.",
            "Budi Santika",
            "Kepala Divisi Hubungan Masyarakat Kepolisian Negara Republik Indonesia",
            POLRI,
        ),
        # a degree after the name ends it; "Ajun Komisaris Besar" is a rank
        (
            "Kapolres Garut, Ajun Komisaris Besar Rudi Santoso SIK hadir.",
            "Rudi Santoso",
            "Kepala Kepolisian Resor Garut",
            POLRI,
        ),
        # regional secretaries of a province, regency or city; a short form in brackets
        (
            "Sekretaris Daerah (Sekda) Kabupaten Garut Nurdin Yana membuka rapat.",
            "Nurdin Yana",
            "Sekretaris Daerah Kabupaten Garut",
            "Pemerintah Kabupaten Garut",
        ),
        (
            "Sekda Kota Bandung Ema Sumarna hadir.",
            "Ema Sumarna",
            "Sekretaris Daerah Kota Bandung",
            "Pemerintah Kota Bandung",
        ),
        # a place whose bare name is a common word, named by the title before it
        (
            "Bupati Batu Bara Zahir membuka acara itu.",
            "Zahir",
            "Bupati Batu Bara",
            "Pemerintah Kabupaten Batu Bara",
        ),
        # "RI" and a short form after an office's name
        (
            "Kepala Badan Pusat Statistik (BPS) RI, Margo Yuwono memaparkan data.",
            "Margo Yuwono",  # the head on the date (holders.jsonl)
            "Kepala Badan Pusat Statistik",
            "Badan Pusat Statistik",
        ),
        # the head of a national body's unit in a place is not its national holder
        (
            "Kepala BNN Sumut, Brigjen Pol Toga Panjaitan hadir.",
            "Toga Panjaitan",
            "Kepala Badan Narkotika Nasional Provinsi Sumatera Utara",  # the province's office
            "Badan Narkotika Nasional",
        ),
        # org is the top-level institution for commissions of the DPR and the armed forces
        (
            "Ketua Komisi IX DPR Felly Estelita Runtuwene membuka rapat.",
            "Felly Estelita Runtuwene",
            "Ketua Komisi IX Dewan Perwakilan Rakyat",
            "Dewan Perwakilan Rakyat",
        ),
        (
            "Kepala Dinas Penerangan Angkatan Darat Brigjen TNI Andi Saputra hadir.",
            "Andi Saputra",
            "Kepala Dinas Penerangan Angkatan Darat",
            TNI,
        ),
    ],
)
def test_more_title_patterns(
    extractor: Extractor, text: str, name: str, role: str, org: str
) -> None:
    ents = _ents(extractor, text, "2023-05-02")
    assert name in ents, sorted(ents)
    person = ents[name]
    assert person.role == role  # type: ignore[attr-defined]
    assert person.org == org  # type: ignore[attr-defined]


def test_a_national_body_s_head_in_a_province_is_not_its_national_head(
    extractor: Extractor,
) -> None:
    # a comma after the office's place, then a rank: the body is his, its head's post is not
    person = _ents(extractor, "Kepala BIN Kalbar, Brigjen Pol Andi Rahman hadir.", "2023-05-02")[
        "Andi Rahman"
    ]
    assert person.org == "Badan Intelijen Negara"  # type: ignore[attr-defined]
    assert person.role != "Kepala Badan Intelijen Negara"  # type: ignore[attr-defined]


def test_one_uncommon_word_after_title_and_comma(extractor: Extractor) -> None:
    ents = _ents(extractor, "Kepala BPS, Suryamin memberikan keterangan.", "2016-04-01")
    assert ents["Suryamin"].org == "Badan Pusat Statistik"  # type: ignore[attr-defined]
    # a common word after the comma is no name
    ents = _ents(extractor, "Kata Kepala BPS, Harga beras naik.", "2016-04-01")
    assert "Harga" not in ents


def test_title_inside_an_organisation_name(extractor: Extractor) -> None:
    """ "Presiden" inside "Sekretariat Presiden" is not the President."""
    ents = _ents(
        extractor,
        "Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden Andi Saputra hadir.",
        "2019-05-02",
    )
    person = ents["Andi Saputra"]
    assert person.role != "Presiden Republik Indonesia"  # type: ignore[attr-defined]
    assert person.org == "Kementerian Sekretariat Negara"  # type: ignore[attr-defined]


def test_one_word_alias_inside_a_longer_name(extractor: Extractor) -> None:
    """ "Prasetyo" (Prasetyo Hadi's alias) inside "Fadjar Prasetyo" is not Prasetyo Hadi; the
    text names his ministry, as a one-word alias that is a word of the name needs."""
    record = extractor.extract(
        "Kementerian Sekretariat Negara menggelar acara. Marsekal TNI Fadjar Prasetyo dan "
        "Anggit Prasetyo hadir. Menurut Prasetyo, acara lancar.",
        published="2025-01-10",
    )
    linked = [e for e in record.entities if e.canonical == "Prasetyo Hadi"]
    assert [e.text for e in linked] == ["Prasetyo"]  # only the sentence-initial short name
    assert linked[0].start > record.entities[0].start


def test_attached_unit_needs_its_body(extractor: Extractor) -> None:
    """ "Komisi V" alone is not guessed to be a commission of another body in the text."""
    record = extractor.extract(
        "Kementerian Perhubungan hadir dalam rapat dengan Komisi V pekan lalu.",
        published="2019-02-01",
    )
    assert all(not e.canonical.startswith("Komisi V Kementerian") for e in record.entities)
    ents = _ents(extractor, "Rapat Komisi A DPRD Kota Semarang berlangsung lama.")
    assert ents["Komisi A DPRD Kota Semarang"].canonical == (  # type: ignore[attr-defined]
        "Komisi A Dewan Perwakilan Rakyat Daerah Kota Semarang"
    )


def test_a_foreign_country_after_a_title_is_no_unit_of_the_office(extractor: Extractor) -> None:
    # a title then a country names a foreign counterpart, not a unit of the ministry
    ents = _ents(
        extractor, "Menteri Luar Negeri Singapura Vivian Balakrishnan hadir.", "2023-05-02"
    )
    person = ents.get("Vivian Balakrishnan")
    assert person is None or person.org != "Kementerian Luar Negeri"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Danrem 161/Wira Sakti Brigjen TNI Gatot Wiranegara meninjau lokasi.",
            "Gatot Wiranegara",
            "Komandan Komando Resor Militer 161/Wira Sakti",
        ),
        (
            "Danrem 043/Garuda Hitam Kolonel Inf Yuda Permana hadir di lokasi.",
            "Yuda Permana",
            "Komandan Komando Resor Militer 043/Garuda Hitam",
        ),
        (
            "Pangdam XVII/Cenderawasih Mayjen TNI Yosua Pandit Sembiring meninjau pos.",
            "Yosua Pandit Sembiring",
            "Panglima Komando Daerah Militer XVII/Cenderawasih",
        ),
        (
            "Dandim 0736/Batang Letkol Inf Sarwo Adinegoro hadir.",
            "Sarwo Adinegoro",
            "Komandan Komando Distrik Militer 0736/Batang",
        ),
    ],
)
def test_a_commands_name_after_its_slash_runs_to_the_rank(
    extractor: Extractor, text: str, person: str, role: str
) -> None:
    # a command's name of several words ends where the rank of its commander begins, and no
    # word of it is a person ("Hasanuddin" in "Kodam XIV/Hasanuddin" names the command)
    record = extractor.extract(text, published="2019-02-01")
    people = [(e.text, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [(person, role)]


def test_a_person_like_word_after_a_commands_slash_is_no_person(extractor: Extractor) -> None:
    record = extractor.extract(
        "Prajurit Kodam XIV/Hasanuddin dan Korem 141/Toddopuli membantu warga.",
        published="2019-02-01",
    )
    assert [e.text for e in record.entities if e.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Dirut PT Cahaya Nusa (Persero) Tbk Hendra Wijaya meninjau proyek itu.",
            "PT Cahaya Nusa (Persero) Tbk",
        ),
        (
            "Dirut PT Cahaya Nusa (Persero) Tbk, Hendra Wijaya, meninjau proyek itu.",
            "PT Cahaya Nusa (Persero) Tbk",
        ),
        (
            "Dirut PT Cahaya Nusa (Persero) Hendra Wijaya meninjau proyek itu.",
            "PT Cahaya Nusa (Persero)",
        ),
        ("Dirut PT Cahaya Nusa Tbk Hendra Wijaya meninjau proyek itu.", "PT Cahaya Nusa Tbk"),
    ],
)
def test_a_company_s_legal_forms_end_its_name_after_a_fused_title(
    extractor: Extractor, text: str, company: str
) -> None:
    """Every legal form written after a company's name ends it (company_units.COMPANY_TAILS),
    "(Persero) Tbk" too: the holder's name begins after it, and "Tbk" is no person."""
    ents = _ents(extractor, text, "2023-05-01")
    person = ents["Hendra Wijaya"]
    assert person.label == "PERSON"
    assert person.role == f"Direktur Utama {company}"
    assert not any(e.label == "PERSON" and "Tbk" in e.text for e in ents.values())
