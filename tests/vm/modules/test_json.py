"""json agrees with the real MicroPython, its leniencies included."""

from tests.vm.modules.differential import compare

EXPRS = [
    "json.dumps({'a': 1, 'b': [1, 2.5, None, True, False]})",
    "json.dumps([1, 2], separators=(',', ':'))", "json.dumps('a\"b\\\\c\\n\\t\\x01\\xe9')",
    "json.dumps(1e100)", "json.dumps(float('inf'))", "json.dumps((1, 2))", "json.dumps({1: 2})",
    "json.dumps({(1, 2): 2})", "json.dumps(b'ab')", "json.dumps(2**70)", "json.dumps({})",
    "json.dumps([])", "json.dumps(1.0)", "json.dumps(0.1)", "json.dumps(-0.0)",
    "json.dumps('\\u1234')", "json.dumps('\\x7f')", "json.dumps([1], indent=2)",
    "json.dumps({'a': {'b': [1]}}, separators=(', ', ': '))",
    "json.loads('{\"a\": [1, 2.5, null, true, false, \"x\"]}')", "json.loads('1e3')",
    "json.loads(' 12 ')", "json.loads('[1,]')", "json.loads('{')", "json.loads('')",
    "json.loads('\"\\\\u00e9\\\\n\"')", "json.loads('nul')", "json.loads('[1 2]')",
    "json.loads('123abc')", "json.loads(b'[1]')", "json.loads('-0')", "json.loads('1.5e-3')",
    "json.loads('{\"a\":1,\"a\":2}')", "json.loads('\"abc')", "json.loads('01')",
    "json.loads('NaN')", "json.loads('[\"\\\\x\"]')", "json.loads('[[], {}, [[1]]]')",
]


def test_json_matches_the_real_vm():
    assert compare("json", EXPRS) == []
