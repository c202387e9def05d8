import itertools

from boligsocial_desktop.domain.vocabulary import AGE_BANDS, TARGET_GROUPS


def test_age_bands_cover_every_age_once():
    *closed, last = AGE_BANDS
    bounds = [tuple(int(part) for part in band.split("–")) for band in closed]
    assert bounds[0][0] == 0
    for (_, upper), (lower, _) in itertools.pairwise(bounds):
        assert lower == upper + 1
    assert last == f"{bounds[-1][1] + 1}+"


def test_target_groups_are_lowercase_danish_and_unique():
    assert len(set(TARGET_GROUPS)) == len(TARGET_GROUPS)
    assert all(group == group.lower() for group in TARGET_GROUPS)
    assert TARGET_GROUPS[-1] == "alle"
