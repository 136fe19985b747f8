"""ORG units, places and officials on texts written for these tests (not the dev set)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor

KEMENSOS = "Kementerian Sosial"
KEMENKES = "Kementerian Kesehatan"


@pytest.mark.parametrize(
    ("text", "published", "span", "label", "canonical"),
    [
        (
            "Biro Humas Kemensos menggelar rapat.",
            "2023-02-01",
            "Biro Humas Kemensos",
            "ORG",
            f"Biro Hubungan Masyarakat {KEMENSOS}",
        ),
        (
            "Direktorat Jenderal Rehabilitasi Sosial Kemensos hadir.",
            "2023-02-01",
            "Direktorat Jenderal Rehabilitasi Sosial Kemensos",
            "ORG",
            f"Direktorat Jenderal Rehabilitasi Sosial {KEMENSOS}",
        ),
        (
            "Data dihimpun Dinas Kesehatan Provinsi Jawa Timur.",
            "2023-02-01",
            "Dinas Kesehatan Provinsi Jawa Timur",
            "ORG",
            "Dinas Kesehatan Provinsi Jawa Timur",
        ),
        (
            "Bantuan diterima Dinas Sosial Kabupaten Demak kemarin.",
            "2023-02-01",
            "Dinas Sosial Kabupaten Demak",
            "ORG",
            "Dinas Sosial Kabupaten Demak",
        ),
        (
            "Menurut Kementerian Kesehatan RI, kasus turun.",
            "2023-02-01",
            "Kementerian Kesehatan RI",
            "ORG",
            KEMENKES,
        ),
        (
            "Posko didirikan di Desa Sukamaju dan balai desa.",
            "2023-02-01",
            "Desa Sukamaju",
            "LOC",
            "Desa Sukamaju",
        ),
        (
            "Rapat berlangsung di Pendopo Kabupaten Demak.",
            "2023-02-01",
            "Pendopo Kabupaten Demak",
            "LOC",
            "Pendopo Kabupaten Demak",
        ),
        (
            "Gempa terasa di Kecamatan Cugenang, Pacet, dan Cipanas.",
            "2023-02-01",
            "Pacet",
            "LOC",
            "Kecamatan Pacet",
        ),
        ("Warga Jateng dan Sumbar ikut serta.", "2023-02-01", "Sumbar", "LOC", "Sumatera Barat"),
        ("Bupati Bekasi Dedy Supriyadi hadir.", "2025-03-07", "Bekasi", "LOC", "Kabupaten Bekasi"),
        (  # a list of units: the same head again or a whole office starts the next one
            "Rapat dihadiri Dinas Kesehatan, Dinas Sosial, BPBD Kabupaten Demak, dan camat.",
            "2023-02-01",
            "Dinas Sosial",
            "ORG",
            "Dinas Sosial",
        ),
        (
            "Rapat dihadiri Dinas Kesehatan, Dinas Sosial, BPBD Kabupaten Demak, dan camat.",
            "2023-02-01",
            "BPBD Kabupaten Demak",
            "ORG",
            "Badan Penanggulangan Bencana Daerah Kabupaten Demak",
        ),
        (  # fields named inside one unit's name
            "Penghargaan juga diperoleh Biro Hukum, Persidangan, dan Humas Kemenko Polhukam.",
            "2023-02-01",
            "Biro Hukum, Persidangan, dan Humas Kemenko Polhukam",
            "ORG",
            "Biro Hukum, Persidangan, dan Hubungan Masyarakat Kementerian Koordinator Bidang"
            " Politik, Hukum, dan Keamanan",
        ),
        (  # without the serial comma
            "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi menyalurkan dana.",
            "2023-02-01",
            "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi",
            "ORG",
            "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        ),
    ],
)
def test_org_and_loc(
    extractor: Extractor, text: str, published: str, span: str, label: str, canonical: str
) -> None:
    record = extractor.extract(text, published=published)
    found = {(e.text, e.label): e for e in record.entities}
    assert (span, label) in found, [e.text for e in record.entities]
    assert found[(span, label)].canonical == canonical


@pytest.mark.parametrize(
    ("text", "published", "name", "canonical", "role", "org"),
    [
        (
            "Presiden Jokowi membuka rapat.",
            "2021-06-01",
            "Jokowi",
            "Joko Widodo",
            "Presiden Republik Indonesia",
            None,
        ),
        (
            "Mensos Tri Rismaharini meninjau dapur umum.",
            "2021-06-01",
            "Tri Rismaharini",
            "Tri Rismaharini",
            "Menteri Sosial",
            KEMENSOS,
        ),
        (
            "Wakil Presiden K.H. Ma'ruf Amin hadir.",
            "2021-06-01",
            "Ma'ruf Amin",
            "Ma'ruf Amin",
            "Wakil Presiden Republik Indonesia",
            None,
        ),
        (
            "Kepala Dinas Sosial Kabupaten Demak Siti Aminah menjelaskan.",
            "2021-06-01",
            "Siti Aminah",
            "Siti Aminah",
            "Kepala Dinas Sosial Kabupaten Demak",
            "Pemerintah Kabupaten Demak",
        ),
        (
            "Juru Bicara Kemenkes dr. Siti Nadia Tarmizi mengimbau warga.",
            "2022-01-10",
            "Siti Nadia Tarmizi",
            "Siti Nadia Tarmizi",
            "Juru Bicara",
            KEMENKES,
        ),
        (
            "Bupati Demak Eisti'anah meninjau tanggul.",
            "2024-03-20",
            "Eisti'anah",
            "Eisti'anah",
            "Bupati Demak",
            "Pemerintah Kabupaten Demak",
        ),
        (
            "Plh. Kepala Biro Umum Kemensos Andi Wijaya hadir.",
            "2023-02-01",
            "Andi Wijaya",
            "Andi Wijaya",
            "Pelaksana Harian Kepala Biro Umum",
            KEMENSOS,
        ),
        (
            "Didampingi Penjabat Bupati Bekasi Dedy Supriyadi, menteri meninjau sekolah.",
            "2025-03-07",
            "Dedy Supriyadi",
            "Dedy Supriyadi",
            "Penjabat Bupati Bekasi",
            "Pemerintah Kabupaten Bekasi",
        ),
    ],
)
def test_officials(
    extractor: Extractor,
    text: str,
    published: str,
    name: str,
    canonical: str,
    role: str,
    org: str | None,
) -> None:
    record = extractor.extract(text, published=published)
    persons = {e.text: e for e in record.entities if e.label == "PERSON"}
    assert name in persons, [(e.text, e.label) for e in record.entities]
    person = persons[name]
    assert (person.canonical, person.role, person.org) == (canonical, role, org)


def test_place_word_in_a_hospital_name(extractor: Extractor) -> None:
    record = extractor.extract("Ia dilantik sebagai Kabag Keuangan RS Cicendo Bandung.")
    places = [e.text for e in record.entities if e.label == "LOC"]
    assert "Cicendo" not in places


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (  # the text's own definition wins over the list's "KPI"
            "Kemenkes dinilai Komisi Informasi Pusat (KPI). Menurut KPI, Kemenkes terbuka.",
            "Komisi Informasi Pusat",
        ),
        (
            "Komisi Penyiaran Indonesia (KPI) menegur stasiun televisi. KPI menilai tayangan.",
            "Komisi Penyiaran Indonesia",
        ),
    ],
)
def test_acronym_defined_in_the_text(extractor: Extractor, text: str, canonical: str) -> None:
    record = extractor.extract(text, published="2018-11-07")
    kpi = [e.canonical for e in record.entities if e.text == "KPI"]
    assert kpi == [canonical, canonical]


@pytest.mark.parametrize(
    ("text", "published", "surface", "canonical"),
    [
        (
            "Menteri Sosial Juliari P. Batubara mengumumkan enam tokoh.",
            "2020-11-06",
            "Juliari P. Batubara",
            "Juliari Peter Batubara",
        ),
        (  # a curly apostrophe in a known name; "Romo", an honorific, is no part of it
            "Hadir Wamenag Romo Muhammad Syafi’i.",
            "2024-11-05",
            "Muhammad Syafi’i",
            "Muhammad Syafi'i",
        ),
    ],
)
def test_name_written_another_way(
    extractor: Extractor, text: str, published: str, surface: str, canonical: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [(e.text, e.canonical) for e in record.entities if e.label == "PERSON"]
    assert people == [(surface, canonical)]


def test_short_mentions_link_to_the_full_name(extractor: Extractor) -> None:
    text = (
        "Menteri Sosial Tri Rismaharini meninjau lokasi. "
        "“Kami bergerak cepat,” kata Risma. Tri juga menemui pengungsi."
    )
    record = extractor.extract(text, published="2021-06-01")
    persons = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert ("Risma", "Tri Rismaharini", "Menteri Sosial") in persons
    assert ("Tri", "Tri Rismaharini", "Menteri Sosial") in persons


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ketua DPD Partai Demokrat Bali hadir dalam rapat.", "DPD"),
        ("Sebanyak 31 DPD mengusulkan musyawarah luar biasa.", "DPD"),
        ("Pasien dirawat di Rumah Sakit Pusat Pertamina, Jakarta.", "Pertamina"),
        ("Upacara digelar di kantor kementerian, Jln Medan Merdeka Barat.", "Medan"),
        ("Posko berada di Jl Diponegoro, dekat Jl Sumatera.", "Sumatera"),
    ],
)
def test_known_name_inside_something_else_is_not_the_body(
    extractor: Extractor, text: str, surface: str
) -> None:
    record = extractor.extract(text, published="2022-03-09")
    assert all(e.text != surface for e in record.entities), record.entities


@pytest.mark.parametrize(
    "text",
    [
        "Menko PMK mengatakan program berjalan.",  # a bare title is not a PERSON
        "Presiden Lantik Menteri Baru",  # a headline verb after a title is not a name
        "Pemerintah Pusat menyiapkan anggaran.",
        "Rektor Universitas Gadjah Mada Yogyakarta hadir.",  # a place after the title's org
        "Rektor Universitas Indonesia Resmikan Gedung Baru",  # an affixed headline verb
        "Bupati Musi Rawas Serahkan Bantuan Sosial",
        "Sekjen Kemhan Pimpin Rapat Tindak Lanjut Draft MoU",  # a bare headline verb
        "Gubernur Jawa Barat Tinjau Lokasi Banjir di Garut",
        "Bupati Garut hadir.\nBACA JUGA:Ketua KPU Mukomuko Hendra Wijaya Dilantik\nAcara usai.",
        "Pelepasan di rumah dinas Wali Kota Padang, Jalan A. Yani, Kamis.",  # a street
    ],
)
def test_no_person(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2022-03-09")
    assert [e.text for e in record.entities if e.label == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Soal Haji, Menag Ajak Doakan Wabah Segera Selesai",  # a headline after a title
        "Tanpa intervensi dari Menag, Wamenag Baru, dan pejabat lainnya.",
    ],
)
def test_no_person_without_a_date(extractor: Extractor, text: str) -> None:
    # without a published date a title still takes only a name its office's holders had
    record = extractor.extract(text)
    assert [e.text for e in record.entities if e.label == "PERSON"] == []


def test_past_holder_the_list_lacks_without_a_date(extractor: Extractor) -> None:
    record = extractor.extract("Menteri ESDM Ginanjar Kartasasmita meresmikan kilang.")
    people = [(e.text, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [("Ginanjar Kartasasmita", "Menteri Energi dan Sumber Daya Mineral")]


def test_title_and_short_name_without_a_date(extractor: Extractor) -> None:
    record = extractor.extract("Menag Fachrul menegaskan hal itu di Jakarta.")
    person = next(e for e in record.entities if e.label == "PERSON")
    assert (person.text, person.canonical, person.role) == (
        "Fachrul",
        "Fachrul Razi",
        "Menteri Agama",
    )


def test_bare_title_resolves_to_the_holder() -> None:
    import datetime as dt

    from pmk_extract.components.officials import resolve_title

    assert resolve_title("Menko PMK", dt.date(2022, 3, 9)) == (
        "Muhadjir Effendy",
        "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
        "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    )
    assert resolve_title("Menko PMK", None) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Gubernur Kalsel, Sahbirin Noor, meninjau lokasi.",
            "Sahbirin Noor",
            "Gubernur Kalimantan Selatan",
        ),
        ("Bupati Banjar, Saidi Mansyur, meninjau lokasi.", "Saidi Mansyur", "Bupati Banjar"),
        (  # no closing comma: the sentence goes on in lower case
            "Bupati Banjar, Saidi Mansyur meninjau lokasi.",
            "Saidi Mansyur",
            "Bupati Banjar",
        ),
        (  # a first name that is also a month abbreviation
            "Ketua KPK, Agus Rahardjo, hadir.",
            "Agus Rahardjo",
            "Ketua Komisi Pemberantasan Korupsi",
        ),
        (
            "Kepala BNPB, Suharyanto, mengatakan hal itu.",
            "Suharyanto",
            "Kepala Badan Nasional Penanggulangan Bencana",
        ),
        (  # the place "Kota Bengkulu" begins at the title's last word
            "Wali Kota Bengkulu Helmi Hasan menyerahkan bantuan.",
            "Helmi Hasan",
            "Wali Kota Bengkulu",
        ),
        ("Wakil Wali Kota Padang Hendri Septa hadir.", "Hendri Septa", "Wakil Wali Kota Padang"),
        ("Wakil Bupati Garut Helmi Budiman hadir.", "Helmi Budiman", "Wakil Bupati Garut"),
        (  # a deputy of a named office ("Gubernur Jawa Barat") the lists lack
            "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum hadir.",
            "Uu Ruzhanul Ulum",
            "Wakil Gubernur Jawa Barat",
        ),
    ],
)
def test_title_then_name(extractor: Extractor, text: str, name: str, role: str) -> None:
    record = extractor.extract(text, published="2021-02-01")
    assert [(e.text, e.role) for e in record.entities if e.label == "PERSON"] == [(name, role)]


@pytest.mark.parametrize(
    "name",
    ["Hadi Santoso", "Dimas Santoso", "Berliana Santoso"],  # names the stemmer cuts
)
def test_name_after_title_is_not_taken_for_a_headline_verb(extractor: Extractor, name: str) -> None:
    text = f"Kepala Dinas Sosial Kabupaten Bantul {name} hadir."
    record = extractor.extract(text, published="2022-03-09")
    people = [(e.text, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [(name, "Kepala Dinas Sosial Kabupaten Bantul")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hadir Kepala Dinas Pemberdayaan Masyarakat Desa Kalteng H Aryawan beserta jajaran.",
            "Aryawan",
            "Kepala Dinas Pemberdayaan Masyarakat Desa Provinsi Kalimantan Tengah",
        ),
        (
            "Rektor UNS Surakarta Prof Dr Jamal Wiwoho hadir.",
            "Jamal Wiwoho",
            "Rektor Universitas Sebelas Maret",
        ),
    ],
)
def test_place_of_the_office_before_the_name(
    extractor: Extractor, text: str, name: str, role: str
) -> None:
    record = extractor.extract(text, published="2023-11-10")
    assert [(e.text, e.role) for e in record.entities if e.label == "PERSON"] == [(name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat dihadiri Gubernur Kalsel, Bupati Banjar, dan Wali Kota Banjarmasin.",
        "Hal itu disampaikan Gubernur Kalsel, Jumat.",
        "Hadir Ketua BPK, Ketua KPK, Jaksa Agung, dan Panglima TNI.",  # a title, not a name
    ],
)
def test_comma_after_title_without_a_name(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2021-02-01")
    assert [e.text for e in record.entities if e.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "Dirjen Rehabilitasi Sosial Kemensos Harry Hikmat menegaskan hal itu.",
            "Direktur Jenderal Rehabilitasi Sosial",
            "Kementerian Sosial",
        ),
        (
            "Jubir Kemenkes Mohammad Syahril mengatakan hal itu.",
            "Juru Bicara",
            "Kementerian Kesehatan",
        ),
    ],
)
def test_abbreviated_title_heads(extractor: Extractor, text: str, role: str, org: str) -> None:
    record = extractor.extract(text, published="2021-02-01")
    assert [(e.role, e.org) for e in record.entities if e.label == "PERSON"] == [(role, org)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an abbreviated regional office with its place
            "Kepala Dinkes Kaltim Jaya Mualimin hadir.",
            [
                ("Dinkes Kaltim", "ORG", "Dinas Kesehatan Provinsi Kalimantan Timur"),
                ("Jaya Mualimin", "PERSON", "Jaya Mualimin"),
            ],
        ),
        (  # alone, it takes the place of the text; the title before it then finds the name
            "Wali Kota Padang Mahyeldi hadir bersama Kepala Bapenda Alfiadi.",
            [
                ("Kota Padang", "LOC", "Padang"),
                ("Mahyeldi", "PERSON", "Mahyeldi Ansharullah"),
                ("Bapenda", "ORG", "Badan Pendapatan Daerah Kota Padang"),
                ("Alfiadi", "PERSON", "Alfiadi"),
            ],
        ),
        # it names its field itself: the words after it are not part of it
        ("Petugas Dishub dan Polres mengatur lalu lintas.", []),
    ],
)
def test_abbreviated_regional_offices(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    record = extractor.extract(text, published="2019-03-14")
    found = [(e.text, e.label, e.canonical) for e in record.entities if e.label != "DATE"]
    assert found == expected


def test_a_day_ends_a_unit_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kemenkes menyebut laporan Pusat Krisis, Selasa (19/12), sudah lengkap.",
        published="2023-12-20",
    )
    assert [e.text for e in record.entities if e.label == "ORG"] == ["Kemenkes", "Pusat Krisis"]


def test_a_short_form_the_text_defines_for_a_known_place(extractor: Extractor) -> None:
    text = (
        "Bupati Maluku Tenggara (Malra), Muhamad Thaher Hanubun melantik pejabat. "
        "Hadir pula pimpinan OPD Pemkab Malra."
    )
    record = extractor.extract(text, published="2025-11-07")
    found = [(e.text, e.label, e.canonical, e.role) for e in record.entities]
    assert found == [
        ("Maluku Tenggara", "LOC", "Kabupaten Maluku Tenggara", None),
        ("Malra", "LOC", "Kabupaten Maluku Tenggara", None),
        ("Muhamad Thaher Hanubun", "PERSON", "Muhamad Thaher Hanubun", "Bupati Maluku Tenggara"),
        ("Pemkab Malra", "ORG", "Pemerintah Kabupaten Maluku Tenggara", None),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jakarta (ANTARA) – Menteri hadir di Jakarta.", "Jakarta"),  # an agency
        ("Semarang (Humas) – Menteri hadir di Semarang.", "Semarang"),  # a unit
    ],
)
def test_a_bracket_after_a_place_that_does_not_abbreviate_it(
    extractor: Extractor, text: str, place: str
) -> None:
    record = extractor.extract(text, published="2025-11-07")
    assert [e.text for e in record.entities if e.label == "LOC"] == [place, place]


def test_an_office_word_opens_no_name_after_a_title(extractor: Extractor) -> None:
    text = (
        "Menteri Pemberdayaan Perempuan dan Perlindungan Anak, Yohana Yembise tiba di Tobelo. "
        "Di halaman kantor Bupati Halmahera Utara, Menteri Yohana mencanangkan Kota Layak Anak."
    )
    record = extractor.extract(text, published="2018-05-09")
    people = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    role = "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"
    assert people == [
        ("Yohana Yembise", "Yohana Susana Yembise", role),
        ("Yohana", "Yohana Susana Yembise", role),
    ]


def test_a_headline_verb_ends_the_name_after_a_title(extractor: Extractor) -> None:
    record = extractor.extract(
        "Ketua Umum Partai Golkar Agung Laksono Berikan Bantuan Korban Banjir"
    )
    assert [(e.text, e.role) for e in record.entities if e.label == "PERSON"] == [
        ("Agung Laksono", "Ketua Umum Partai Golongan Karya")
    ]
