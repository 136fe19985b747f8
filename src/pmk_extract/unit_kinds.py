"""The kinds of unit heads (``models/lexicons/org_units.tsv``) and the groups the rules ask about.

Each head of a unit's name has one kind (the file's header says what each means). The rules
never spell a kind: they name one of these constants, or ask whether a head's kind is in
one of the groups below, so that a group is defined once and a new kind is added here.
"""

from __future__ import annotations

from typing import Final

UNIT: Final = "unit"  # an organisational unit: "Sekretariat", "Biro", "Direktorat"
POSITION: Final = "position"  # a unit whose name is also its head's title: "Deputi"
REGIONAL: Final = "regional"  # a regional government's office: "Dinas", "Satpol PP"
REGIONAL_SHORT: Final = "regional_short"  # its short form, naming its field: "Dinkes"
ATTACHED: Final = "attached"  # a unit only with its body after it: "Komisi B DPRD X"
VERTICAL: Final = "vertical"  # a national body's regional office: "Kanwil", "Balai"
PLACED: Final = "placed"  # a regional office only with its place after it: "Badan"
PROVINCIAL: Final = "provincial"  # a province's office in one of its cities: "Suku Dinas"
COUNCIL: Final = "council"  # a regional council, its own organisation: "DPRD"

KINDS: Final = frozenset(
    {UNIT, POSITION, REGIONAL, REGIONAL_SHORT, ATTACHED, VERTICAL, PLACED, PROVINCIAL, COUNCIL}
)

# a body's own units: their name may hold a field ("Subdirektorat Kawasan Asia Timur"),
# another unit's head after them goes on the same name, and no office of its own is named
SECTIONS: Final = frozenset({UNIT, POSITION})
# a regional government's offices; a post's title and field may stand before them ("Kabid
# Trantib Satpol PP Kota X"), and a village head's word before one ends a field
REGIONAL_OFFICES: Final = frozenset({REGIONAL, REGIONAL_SHORT, PLACED, PROVINCIAL})
# regional offices that belong to the government of the region written after them (a
# province's office in a city belongs to the province)
REGION_OWNED: Final = frozenset({REGIONAL, REGIONAL_SHORT, PLACED})
# regional offices a fused title names with a place after it ("Kadinkes Kota X", "Kasudin
# Perhubungan Jakarta Barat")
TITLED_IN_PLACE: Final = frozenset({REGIONAL, REGIONAL_SHORT, PROVINCIAL})
# a regional government's departments, written out or short ("Dinas", "Dinkes")
DEPARTMENTS: Final = frozenset({REGIONAL, REGIONAL_SHORT})
# heads only a place may follow in the name: the short form names the field itself
PLACE_ONLY: Final = frozenset({REGIONAL_SHORT, COUNCIL})
# heads whose region written after the body they belong to is their own region too
IN_REGION: Final = frozenset({REGIONAL, VERTICAL})
# heads whose field may be a known acronym ("Dinas PUPR Kabupaten Garut")
FIELD_KINDS: Final = frozenset({REGIONAL, PLACED, PROVINCIAL})
# heads a post's title and field may stand before inside a longer phrase: regional offices,
# the units of any body ("Inspektur Pembantu Wilayah II Inspektorat Kabupaten X") and
# national bodies' regional offices ("Kepala Bidang Penais Kantor Wilayah Kementerian Agama X")
POST_HOSTS: Final = REGIONAL_OFFICES | {UNIT, VERTICAL}
# heads named alone that take the region written before them in the text
CONTEXT_REGION: Final = frozenset({REGIONAL, PROVINCIAL, REGIONAL_SHORT, COUNCIL})
# heads written right before a region's name ("Dinkes Kaltim", "DPRD Jatim", "Kanwil Jatim")
REGION_OPENERS: Final = frozenset({REGIONAL_SHORT, COUNCIL, VERTICAL, PROVINCIAL})
