"""Police and military holders added by the armsgap lane (``holders.jsonl``: Kapolda terms of
2015-2018), on sentences written for these tests: a title resolves to the holder on the date,
a short or misspelt name after the title takes the holder's full name, a single name is linked
only after its title, an unknown name after the title takes no post, and no term overlaps."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import holder_name, terms_follow
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kapolda DIY", dt.date(2016, 6, 1), "Prasta Wahyu Hidayat"),
        ("Kapolda Sumbar", dt.date(2016, 6, 1), "Basarudin"),
        ("Kapolda Riau", dt.date(2016, 6, 1), "Supriyanto"),
        ("Kapolda Kepri", dt.date(2016, 6, 1), "Sam Budigusdian"),
        ("Kapolda Kepulauan Riau", dt.date(2017, 6, 1), "Sam Budigusdian"),
        ("Kapolda Sumsel", dt.date(2016, 6, 1), "Djoko Prastowo"),
        ("Kapolda Kalbar", dt.date(2016, 12, 1), "Musyafak"),
        ("Kapolda Kalsel", dt.date(2016, 6, 1), "Erwin Triwanto"),
        ("Kapolda Bali", dt.date(2016, 6, 1), "Sugeng Priyanto"),
        ("Kapolda Papua", dt.date(2016, 6, 1), "Paulus Waterpauw"),
        ("Kapolda Papua", dt.date(2017, 10, 1), "Boy Rafli Amar"),
        ("Kapolda Jambi", dt.date(2016, 6, 1), "Yazid Fanani"),
        ("Kapolda Lampung", dt.date(2016, 6, 1), "Ike Edwin"),
        ("Kapolda NTT", dt.date(2016, 6, 1), "Estasius Widyo Sunaryo"),
        ("Kapolda Sultra", dt.date(2016, 6, 1), "Agung Sabar Santoso"),
        ("Kapolda Maluku", dt.date(2016, 6, 1), "Ilham Salahudin"),
        ("Kapolda Papua Barat", dt.date(2016, 6, 1), "Royke Lumowa"),
        ("Kapolda Kalbar", dt.date(2016, 6, 1), "Arief Sulistyanto"),
        ("Kapolda Malut", dt.date(2016, 6, 1), "Zulkarnain Adinegara"),
        ("Kapolda Riau", dt.date(2017, 6, 1), "Zulkarnain Adinegara"),
        ("Kapolda Kaltim", dt.date(2019, 6, 1), "Priyo Widyanto"),
        ("Kapolda Bengkulu", dt.date(2019, 6, 1), "Supratman"),
        ("Kapolda Malut", dt.date(2019, 6, 1), "Suroto"),
        ("Kapolda Maluku Utara", dt.date(2020, 6, 1), "Rikwanto"),
        ("Kapolda Sulbar", dt.date(2022, 6, 1), "Verdianto Iskandar Bitticaca"),
        ("Pangdam Jaya", dt.date(2025, 6, 1), "Rafael Granada Baay"),
        ("Pangdam IX/Udayana", dt.date(2024, 12, 1), "Muhammad Zamroni"),
        ("Pangdam XIV/Hasanuddin", dt.date(2025, 6, 1), "Windiyatno"),
        ("Pangdam XII/Tanjungpura", dt.date(2024, 6, 1), "Iwan Setiawan"),
        ("Pangdam II/Sriwijaya", dt.date(2025, 12, 1), "Ujang Darwis"),
        ("Pangdam III/Siliwangi", dt.date(2022, 6, 1), "Kunto Arief Wibowo"),
        ("Pangdam XVI/Pattimura", dt.date(2022, 2, 1), "Richard Tampubolon"),
        ("Pangdam IX/Udayana", dt.date(2022, 6, 1), "Sonny Aprianto"),
        ("Pangdam II/Sriwijaya", dt.date(2024, 10, 1), "Mohammad Naudi Nurdika"),
        ("Pangdam XVII/Cenderawasih", dt.date(2025, 6, 1), "Rudi Puruwito"),
        ("Pangdam V/Brawijaya", dt.date(2022, 6, 1), "Nurchahyanto"),
        ("Pangdam XVIII/Kasuari", dt.date(2022, 6, 1), "Gabriel Lema"),
        ("Pangdam XVI/Pattimura", dt.date(2022, 10, 1), "Ruruh A. Setyawibawa"),
        ("Pangdam XVI/Pattimura", dt.date(2016, 6, 1), "Doni Monardo"),
        ("Pangdam VI/Mulawarman", dt.date(2016, 6, 1), "Benny Indra Pujihastono"),
        ("Pangdam VII/Wirabuana", dt.date(2016, 6, 1), "Agus Surya Bakti"),
        ("Pangdam XIV/Hasanuddin", dt.date(2018, 1, 1), "Agus Surya Bakti"),
        ("Pangdam Jaya", dt.date(2016, 6, 1), "Teddy Lhaksmana"),
        ("Pangdam IX/Udayana", dt.date(2025, 6, 1), "Piek Budyakto"),
        ("Pangdam XIV/Hasanuddin", dt.date(2019, 6, 1), "Surawahadi"),
        ("Pangdam V/Brawijaya", dt.date(2019, 6, 1), "R. Wisnoe Prasetja Boedi"),
        ("Pangdam XII/Tanjungpura", dt.date(2025, 10, 1), "Jamallulael"),
        ("Pangdam Iskandar Muda", dt.date(2015, 10, 5), "Agus Kriswanto"),
        ("Kabid Humas Polda Metro Jaya", dt.date(2020, 6, 1), "Yusri Yunus"),
        ("Kabidhumas Polda Metro Jaya", dt.date(2025, 6, 1), "Ade Ary Syam Indradi"),
        ("Kepala Bidang Humas Polda Metro Jaya", dt.date(2022, 8, 1), "Endra Zulpan"),
        ("Kabid Humas Polda Jabar", dt.date(2022, 6, 1), "Ibrahim Tompo"),
        ("Kabid Humas Polda Jatim", dt.date(2022, 6, 1), "Dirmanto"),
        ("Kabidhumas Polda Jawa Tengah", dt.date(2025, 6, 1), "Artanto"),
        ("Kabid Humas Polda Sumut", dt.date(2024, 11, 1), "Hadi Wahyudi"),
        ("Kabid Humas Polda Sulsel", dt.date(2023, 6, 1), "I Komang Suartana"),
        ("Kabid Humas Polda Riau", dt.date(2019, 6, 1), "Sunarto"),
        ("Wakapolda Metro Jaya", dt.date(2025, 6, 1), "Djati Wiyoto Abadhy"),
        ("Wakapolda Jabar", dt.date(2022, 6, 1), "Bariza Sulfi"),
        ("Kabid Humas Polda Jawa Barat", dt.date(2020, 11, 1), "Erdi Adrimulan Chaniago"),
    ],
)
def test_a_title_resolves_to_the_added_holder(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


def test_a_hand_over_day_starts_the_successors_term() -> None:
    # Paulus Waterpauw handed Polda Papua to Boy Rafli Amar on 2017-04-28
    before = resolve_title("Kapolda Papua", dt.date(2017, 4, 27))
    assert before is not None and before[0] == "Paulus Waterpauw"
    assert resolve_title("Kapolda Papua", dt.date(2017, 4, 28)) == (
        "Boy Rafli Amar",
        "Kepala Kepolisian Daerah Papua",
        "Kepolisian Negara Republik Indonesia",
    )


def test_a_kodam_hand_over_day_starts_the_successors_term() -> None:
    # Rafael Granada Baay handed Kodam Jaya to Deddy Suryadi at Mabesad on 2025-07-03
    before = resolve_title("Pangdam Jaya", dt.date(2025, 7, 2))
    assert before is not None and before[0] == "Rafael Granada Baay"
    after = resolve_title("Pangdam Jaya", dt.date(2025, 7, 3))
    assert after is not None and after[0] == "Deddy Suryadi"


def test_a_name_two_office_holders_share_is_read_by_its_title(extractor: Extractor) -> None:
    # in 2023 Iwan Setiawan is both the Pangdam XII/Tanjungpura and (another man) the Bupati Bogor
    commander = extractor.extract(
        "Pangdam XII/Tanjungpura Mayjen TNI Iwan Setiawan meninjau pos perbatasan di Entikong.",
        published="2023-10-01",
    )
    person = next(e for e in commander.entities if e.text == "Iwan Setiawan")
    assert person.role == "Panglima Komando Daerah Militer XII/Tanjungpura"
    regent = extractor.extract(
        "Bupati Bogor Iwan Setiawan meninjau banjir di Cibinong.", published="2023-10-01"
    )
    person = next(e for e in regent.entities if e.text == "Iwan Setiawan")
    assert person.role == "Bupati Bogor"
    bare = extractor.extract("Iwan Setiawan meninjau banjir di Cibinong.", published="2023-10-01")
    assert all(e.role is None for e in bare.entities if e.text == "Iwan Setiawan")


def test_a_deputy_promoted_to_kapolda_holds_one_post_a_day() -> None:
    # Djati Wiyoto Abadhy left Polda Metro Jaya's deputy post for Polda Kaltara on 2025-08-19
    deputy = resolve_title("Wakapolda Metro Jaya", dt.date(2025, 8, 18))
    assert deputy is not None and deputy[0] == "Djati Wiyoto Abadhy"
    assert resolve_title("Wakapolda Metro Jaya", dt.date(2025, 8, 19)) is None
    chief = resolve_title("Kapolda Kaltara", dt.date(2025, 8, 19))
    assert chief is not None and chief[0] == "Djati Wiyoto Abadhy"


def test_no_holder_outside_the_confirmed_window() -> None:
    # Basarudin's last confirming day is 2016-08-28; Fakhrizal was sworn in on 2017-01-04;
    # the first recorded term (Bambang Sri Herwanto's) starts on 2014-03-18
    assert resolve_title("Kapolda Sumbar", dt.date(2016, 10, 1)) is None
    assert resolve_title("Kapolda Sumbar", dt.date(2014, 1, 1)) is None


def test_terms_of_the_offices_filled_here_follow_each_other() -> None:
    people = default_people()
    for office in (
        "kapolda-di-yogyakarta",
        "kapolda-sumatera-barat",
        "kapolda-riau",
        "kapolda-kepulauan-riau",
        "kapolda-sumatera-selatan",
        "kapolda-kalimantan-barat",
        "kapolda-kalimantan-selatan",
        "kapolda-bali",
        "kapolda-papua",
        "kapolda-jambi",
        "kapolda-lampung",
        "kapolda-nusa-tenggara-timur",
        "kapolda-sulawesi-tenggara",
        "kapolda-maluku",
        "kapolda-maluku-utara",
        "kapolda-papua-barat",
        "kapolda-kalimantan-timur",
        "kapolda-bengkulu",
        "kapolda-sulawesi-barat",
        "pangdam-jaya",
        "pangdam-ix-udayana",
        "pangdam-xiv-hasanuddin",
        "pangdam-ii-sriwijaya",
        "pangdam-iii-siliwangi",
        "pangdam-xvi-pattimura",
        "pangdam-xvii-cenderawasih",
        "pangdam-v-brawijaya",
        "pangdam-xviii-kasuari",
        "pangdam-vi-mulawarman",
        "pangdam-vii-wirabuana",
        "pangdam-jaya",
        "pangdam-iskandar-muda",
        "pangdam-xiv-hasanuddin",
    ):
        assert terms_follow(people, office), office


def test_a_short_or_misspelt_name_after_the_title_takes_the_full_name(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Kapolda Kalsel Brigjen Pol Erwin meninjau pos pengamanan di Martapura.",
        published="2016-11-02",
    )
    chief = next(e for e in record.entities if e.text == "Erwin")
    assert chief.canonical == "Erwin Triwanto"
    assert chief.org == "Kepolisian Negara Republik Indonesia"
    misspelt = extractor.extract(
        "Kapolda Papua Irjen Pol Paulus Waterpau membuka rapat koordinasi di Jayapura.",
        published="2016-03-10",
    )
    person = next(e for e in misspelt.entities if e.text == "Paulus Waterpau")
    assert person.canonical == "Paulus Waterpauw"
    assert person.role == "Kepala Kepolisian Daerah Papua"


def test_a_commander_written_with_his_initial_takes_the_full_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Pangdam II/Sriwijaya Mayjen TNI M. Naudi Nurdika meninjau lahan yang terbakar di OKI.",
        published="2024-08-01",
    )
    commander = next(e for e in record.entities if "Naudi Nurdika" in e.text)
    assert commander.canonical == "Mohammad Naudi Nurdika"
    assert commander.role is not None and "Sriwijaya" in commander.role


def test_a_polda_spokesman_is_read_with_his_polda(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kabid Humas Polda Metro Jaya Kombes Ade Ary mengatakan kedua pelaku sudah ditahan.",
        published="2025-03-01",
    )
    spokesman = next(e for e in record.entities if e.text == "Ade Ary")
    assert spokesman.canonical == "Ade Ary Syam Indradi"
    assert spokesman.role == "Kepala Bidang Hubungan Masyarakat Kepolisian Daerah Metro Jaya"
    assert spokesman.org == "Kepolisian Negara Republik Indonesia"
    unknown = extractor.extract(
        "Kabid Humas Polda Metro Jaya Kombes Pol Hartono Wibisono mengatakan pelaku ditahan.",
        published="2025-03-01",
    )
    people = [e for e in unknown.entities if e.text == "Hartono Wibisono"]
    assert all(e.role is None for e in people)


def test_a_spokesman_written_with_the_long_title_keeps_his_polda(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kepala Bidang Humas Polda Jawa Timur Kombes Pol Dirmanto mengatakan pelaku ditangkap.",
        published="2024-03-01",
    )
    spokesman = next(e for e in record.entities if e.text == "Dirmanto")
    assert spokesman.role == "Kepala Bidang Hubungan Masyarakat Kepolisian Daerah Jawa Timur"
    bare = extractor.extract("Dirmanto, warga Sidoarjo, mengeluh.", published="2024-03-01")
    assert all(e.role is None for e in bare.entities)


def test_a_written_short_form_of_a_full_name_takes_the_full_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda NTT Brigjen Pol E Widyo Sunaryo mengunjungi pos perbatasan di Atambua.",
        published="2016-03-02",
    )
    chief = next(e for e in record.entities if "Widyo Sunaryo" in e.text)
    assert chief.canonical == "Estasius Widyo Sunaryo"
    assert chief.role == "Kepala Kepolisian Daerah Nusa Tenggara Timur"


def test_a_single_name_chief_is_linked_only_after_the_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Kapolda Riau Brigjen Pol Supriyanto meninjau lahan gambut yang terbakar di Siak.",
        published="2016-08-20",
    )
    chief = next(e for e in titled.entities if e.text == "Supriyanto")
    assert chief.role == "Kepala Kepolisian Daerah Riau"
    bare = extractor.extract(
        "Supriyanto, petani sawit di Kampar, mengeluhkan harga pupuk yang naik.",
        published="2016-08-20",
    )
    assert all(e.role != "Kepala Kepolisian Daerah Riau" for e in bare.entities)


def test_a_single_name_shared_with_another_office_is_read_by_its_title(
    extractor: Extractor,
) -> None:
    # Supratman is also the Menteri Hukum's short name from 2024: in 2019 "Kapolda Bengkulu"
    # names the police chief, and the minister's name is not given to him
    record = extractor.extract(
        "Kapolda Bengkulu Brigjen Pol Supratman memantau distribusi logistik pemilu di Lebong.",
        published="2019-04-10",
    )
    chief = next(e for e in record.entities if e.text == "Supratman")
    assert chief.role == "Kepala Kepolisian Daerah Bengkulu"
    assert chief.canonical == "Supratman"


def test_a_single_name_commander_is_linked_only_after_the_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Pangdam XIV/Hasanuddin Mayjen TNI Windiyatno menemui tokoh masyarakat di Makassar.",
        published="2025-03-01",
    )
    chief = next(e for e in titled.entities if e.text == "Windiyatno")
    assert chief.role == "Panglima Komando Daerah Militer XIV/Hasanuddin"
    assert chief.org == "Tentara Nasional Indonesia"
    bare = extractor.extract(
        "Windiyatno, pedagang ikan di Makassar, mengeluhkan harga es balok.",
        published="2025-03-01",
    )
    assert all(e.role != "Panglima Komando Daerah Militer XIV/Hasanuddin" for e in bare.entities)


def test_an_unknown_name_after_the_title_takes_no_post(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda Bali Irjen Pol Gede Surya Pranata meninjau pengamanan di Kuta.",
        published="2016-06-10",
    )
    people = [e for e in record.entities if e.text == "Gede Surya Pranata"]
    assert all(e.role != "Kepala Kepolisian Daerah Bali" for e in people)


def test_a_commander_spelt_without_the_h_takes_the_recorded_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Pangdam V/Brawijaya Mayjen TNI Nurcahyanto meninjau korban banjir di Malang.",
        published="2022-06-01",
    )
    commander = next(e for e in record.entities if e.text == "Nurcahyanto")
    assert commander.canonical == "Nurchahyanto"
    assert commander.role == "Panglima Komando Daerah Militer V/Brawijaya"


def test_the_wirabuana_title_ends_when_the_kodam_takes_back_the_hasanuddin_name() -> None:
    assert holder_name("Pangdam VII/Wirabuana", dt.date(2017, 4, 11)) == "Agus Surya Bakti"
    assert holder_name("Pangdam XIV/Hasanuddin", dt.date(2017, 4, 12)) == "Agus Surya Bakti"
    assert resolve_title("Pangdam VII/Wirabuana", dt.date(2018, 1, 1)) is None


def test_a_commander_spelt_another_way_takes_the_recorded_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Pangdam Jaya Mayjen TNI Teddy Laksmana meninjau lokasi ledakan di Sarinah.",
        published="2016-01-14",
    )
    commander = next(e for e in record.entities if e.text == "Teddy Laksmana")
    assert commander.canonical == "Teddy Lhaksmana"
    assert commander.role == "Panglima Komando Daerah Militer Jaya/Jayakarta"


@pytest.mark.parametrize(
    "written",
    ["R. Wisnoe Prasetja Boedi", "R Wisnoe Prasetya Boedi", "Wisnoe Prasetja Boedi"],
)
def test_each_written_form_of_a_commander_takes_one_name(
    extractor: Extractor, written: str
) -> None:
    record = extractor.extract(
        f"Pangdam V/Brawijaya Mayjen TNI {written} meninjau Kodim Gresik.", published="2019-03-21"
    )
    commander = next(e for e in record.entities if e.text == written)
    assert commander.canonical == "R. Wisnoe Prasetja Boedi"
    assert commander.role == "Panglima Komando Daerah Militer V/Brawijaya"
