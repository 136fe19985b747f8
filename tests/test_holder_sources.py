"""Every holder line names the public page it rests on (the brief: facts in ``models/``
name their source). A line names its source when its note holds ``source: `` and then a
page's address with a path ("source: example.co.id/2019/10/page.html (what it says)"); a
bare domain or a note with no address names none.

The cabinet's offices (ministers, vice ministers, cabinet-level heads) are held to it line
by line; the whole file is held to a ceiling of lines still naming no page, which falls as
lines are sourced (sources lane, session 15: 427 such lines before)."""

from __future__ import annotations

import re
from typing import Any

from helpers import gazetteer_lines

SOURCE = re.compile(r"source: (?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S", re.IGNORECASE)
ADDRESS = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S", re.IGNORECASE)

# Offices every line of which names its page (cabinet posts, chiefs, governors, regents sourced).
SOURCED_OFFICES = frozenset(
    {
        "bupati-aceh-barat",
        "bupati-asahan",
        "bupati-bandung-barat",
        "bupati-batu-bara",
        "bupati-dairi",
        "bupati-garut",
        "bupati-halmahera-utara",
        "bupati-karo",
        "bupati-kaur",
        "bupati-kerinci",
        "bupati-konawe-selatan",
        "bupati-labuhanbatu",
        "bupati-labuhanbatu-utara",
        "bupati-langkat",
        "bupati-magetan",
        "bupati-minahasa",
        "bupati-nagan-raya",
        "bupati-nias",
        "bupati-padang-lawas",
        "bupati-padang-lawas-utara",
        "bupati-pakpak-bharat",
        "bupati-pangandaran",
        "bupati-polewali-mandar",
        "bupati-serdang-bedagai",
        "bupati-simalungun",
        "bupati-tapanuli-selatan",
        "bupati-tasikmalaya",
        "bupati-tegal",
        "gubernur-banten",
        "gubernur-dki-jakarta",
        "gubernur-jawa-barat",
        "gubernur-jawa-timur",
        "gubernur-kalimantan-timur",
        "gubernur-kepulauan-riau",
        "gubernur-maluku-utara",
        "gubernur-nusa-tenggara-timur",
        "gubernur-sulawesi-barat",
        "gubernur-sulawesi-selatan",
        "gubernur-sumatera-barat",
        "gubernur-sumatera-utara",
        "jaksa-agung",
        "kapolda-sumatera-selatan",
        "kapolres-cianjur",
        "kapolres-pekalongan",
        "kapolres-sukabumi",
        "kapolres-sukabumi-kota",
        "kapolres-tasikmalaya",
        "kapolres-tasikmalaya-kota",
        "kapolri",
        "kepala-bakom",
        "kepala-bapanas",
        "kepala-bgn",
        "kepala-bkkbn",
        "kepala-bkn",
        "kepala-bkpm",
        "kepala-bmkg",
        "kepala-bnpb",
        "kepala-bpom",
        "kepala-brin",
        "kepala-lkpp",
        "ksp",
        "menag",
        "menaker",
        "menbud",
        "mendag",
        "mendagri",
        "mendes-pdt",
        "mendes-pdtt",
        "mendikbud",
        "mendikbudristek",
        "mendikdasmen",
        "mendiktisaintek",
        "menekraf",
        "menham",
        "menhan",
        "menhub",
        "menhut",
        "menimipas",
        "menkes",
        "menkeu",
        "menko-ipk",
        "menko-kumham-imipas",
        "menko-maritim",
        "menko-marves",
        "menko-pangan",
        "menko-perekonomian",
        "menko-pm",
        "menko-pmk",
        "menko-polhukam",
        "menko-polkam",
        "menkomdigi",
        "menkominfo",
        "menkop",
        "menkop-ukm",
        "menkum",
        "menkumham",
        "menlh",
        "menlhk",
        "menlu",
        "menpanrb",
        "menpar",
        "menpar-2014",
        "menparekraf",
        "menperin",
        "menpkp",
        "menpora",
        "menpu",
        "menpupr",
        "menristek",
        "menristekdikti",
        "mensesneg",
        "mensos",
        "mentan",
        "menteri-atr",
        "menteri-dukbangga",
        "menteri-esdm",
        "menteri-haji",
        "menteri-investasi",
        "menteri-investasi-hilirisasi",
        "menteri-kp",
        "menteri-p2mi",
        "menteri-ppn",
        "mentrans",
        "menumkm",
        "pangdam-vi-mulawarman",
        "panglima-tni",
        "presiden",
        "sekda-jawa-tengah",
        "sekda-maluku",
        "sekda-papua-selatan",
        "sekda-sumatera-selatan",
        "seskab",
        "wagub-nusa-tenggara-timur",
        "wagub-sulawesi-barat",
        "wagub-sulawesi-tengah",
        "wakil-bupati-aceh-barat",
        "wakil-bupati-asahan",
        "wakil-bupati-batu-bara",
        "wakil-bupati-bogor",
        "wakil-bupati-dairi",
        "wakil-bupati-halmahera-utara",
        "wakil-bupati-jayawijaya",
        "wakil-bupati-karo",
        "wakil-bupati-kaur",
        "wakil-bupati-kerinci",
        "wakil-bupati-konawe-selatan",
        "wakil-bupati-labuhanbatu",
        "wakil-bupati-labuhanbatu-utara",
        "wakil-bupati-langkat",
        "wakil-bupati-magetan",
        "wakil-bupati-minahasa",
        "wakil-bupati-nagan-raya",
        "wakil-bupati-nias",
        "wakil-bupati-padang-lawas",
        "wakil-bupati-padang-lawas-utara",
        "wakil-bupati-pakpak-bharat",
        "wakil-bupati-serdang-bedagai",
        "wakil-bupati-simalungun",
        "wakil-bupati-tapanuli-selatan",
        "wakil-bupati-tasikmalaya",
        "wakil-walikota-banjarbaru",
        "wakil-walikota-depok",
        "wakil-walikota-gorontalo",
        "wakil-walikota-kupang",
        "wakil-walikota-padang",
        "wakil-walikota-padangsidimpuan",
        "wakil-walikota-pagar-alam",
        "wakil-walikota-pematangsiantar",
        "wakil-walikota-prabumulih",
        "wakil-walikota-tangerang-selatan",
        "wakil-walikota-tasikmalaya",
        "walikota-denpasar",
        "walikota-jambi",
        "walikota-padang",
        "walikota-padangsidimpuan",
        "walikota-prabumulih",
        "walikota-tangerang-selatan",
        "walikota-tasikmalaya",
        "wamen-bumn",
        "wamen-dukbangga",
        "wamen-haji",
        "wamen-investasi",
        "wamen-lhk",
        "wamen-ppn",
        "wamen-pu",
        "wamen-pupr",
        "wamen-umkm",
        "wamenaker",
        "wamenbud",
        "wamendag",
        "wamendagri",
        "wamendes-pdt",
        "wamendes-pdtt",
        "wamendikdasmen",
        "wamendiktisaintek",
        "wamenhan",
        "wamenkes",
        "wamenkeu",
        "wamenkomdigi",
        "wamenkominfo",
        "wamenkop",
        "wamenlu",
        "wamenpanrb",
        "wamenpora",
        "wamenpppa",
        "wamensos",
        "wamentrans",
        "wapres",
    }
)
# Lines whose note names no page address with a path anywhere (none, or a bare domain).
CEILING = 14


def _names_a_source(line: dict[str, Any]) -> bool:
    return bool(SOURCE.search(line.get("note") or ""))


def test_the_sourced_offices_name_a_page_on_every_line() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if h["office"] in SOURCED_OFFICES]
    assert {h["office"] for h in lines} == SOURCED_OFFICES
    missing = [(h["office"], h["name"], h["start"]) for h in lines if not _names_a_source(h)]
    assert missing == []


def test_lines_naming_no_page_stay_under_the_ceiling() -> None:
    lines = gazetteer_lines("holders.jsonl")
    unsourced = [h for h in lines if not ADDRESS.search(h.get("note") or "")]
    assert len(unsourced) <= CEILING, len(unsourced)


def test_the_source_pattern_wants_a_page_not_a_domain() -> None:
    assert _names_a_source({"note": "source: kompas.com/read/2019/10/23/x (named)"})
    assert _names_a_source({"note": "lane x; source: https://www.abc.net.au/indonesian/a"})
    assert not _names_a_source({"note": "source: kompas.com"})
    assert not _names_a_source({"note": "resigned 2019-09-30"})
    assert not _names_a_source({})
