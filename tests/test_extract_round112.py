"""Round 112: "the countryside of Idlib", "al-Hasakah countryside" name a province, as
"Idlib province" does: no claim is made for the town of its name, and a withdrawal after it
leaves the town the sentence placed there. Each test runs phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KHAN_SHAYKHUN, IDLIB, JINDERES, AFRIN, RAS_AL_AIN, HASAKAH = (
    168325, 169389, 169190, 174186, 165509, 173811)
DAY = dt.date(2019, 10, 21)


@pytest.mark.parametrize(("text", "town", "province", "loser"), [
    ("SDF fighters withdrew on Sunday from Ras al-Ain in al-Hasakah countryside, handing it over "
     "to Turkish-backed factions.", RAS_AL_AIN, HASAKAH, "sdf"),
    ("Rebels still hold Idlib. The Syrian army on Friday announced that it had restored control "
     "over the strategic town of Khan Shaykhun in the southern countryside of Idlib, after HTS "
     "fighters pulled out.", KHAN_SHAYKHUN, IDLIB, "hts"),
    ("Kurdish fighters still hold Afrin. Turkish forces took full control of the town of "
     "Jinderes, in the southwestern countryside of Afrin, after the YPG withdrew.", JINDERES,
     AFRIN, "sdf"),
])
def test_a_province_s_countryside_is_no_town(ex, text, town, province, loser):
    got = facts(ex, text, DAY)
    assert (town, loser, "lost") in got, got
    assert not {f for f in got if f[0] == province and f[2] in ("lost", "captured")}, got
