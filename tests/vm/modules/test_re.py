"""re agrees with the real MicroPython: re1.5 syntax, its errors, and the small match API."""

import pytest

from tests.vm.modules.differential import compare
from vm.modules import re as ours

SYNTAX_ERRORS = [
    r"re.compile('(?P<n>x)')", r"re.compile('a(?=b)')", r"re.compile('(?i)a')",
    r"re.compile('(a')", r"re.compile('a)')", r"re.compile('[a')", r"re.compile('*')",
    r"re.compile('a++')", r"re.compile('a?*')", r"re.compile('^*')", r"re.compile('a|*')",
    r"re.compile('(a)*)')", r"re.compile('\\')", r"re.compile('[\\')", r"re.compile(1)",
    r"re.compile('a', 0) is None",
]

MATCHING = [
    r"re.match('a', 'ba')", r"re.match('a', 'ab')", r"re.search('a', 'ba').group(0)",
    r"re.match('(a)(b)?', 'a').group(2)", r"re.match('(a)', 'a').group(3)",
    r"re.match('(a)', 'a').group(-1)", r"re.match('(a)', 'a').group('a')",
    r"re.match('\\d+', '123x').group(0)", r"re.match('\\D+', 'ab1').group(0)",
    r"re.match('\\s+', ' \t\n\r\x0b\x0cx').group(0)", r"re.match('\\S+', 'ab c').group(0)",
    r"re.match('\\w+', 'aZ_9-').group(0)", r"re.match('\\W+', '-+a').group(0)",
    r"re.match('a{2}', 'aa')", r"re.match('a{2}', 'a{2}').group(0)",
    r"re.match('\\d{2}', '1{2}').group(0)", r"re.match('\\n', '\n')", r"re.match('\\n', 'n')",
    r"re.match('\\x41', 'x41').group(0)", r"re.match('\\.', '.')", r"re.match('\\.', 'a')",
    r"re.match('\\1', '1').group(0)", r"re.match('\\bx', 'bx').group(0)",
    r"re.match('a.c', 'a\nc').group(0)", r"re.match('[a-c]+', 'abcd').group(0)",
    r"re.match('[^a-c]+', 'xyza').group(0)", r"re.match('[\\]a]+', ']a]b').group(0)",
    r"re.match('[a-]+', 'a-a').group(0)", r"re.match('[\\d.]+', '1.5x').group(0)",
    r"re.match('[^\\d]+', 'ab1').group(0)", r"re.match('[\\D]+', 'ab1').group(0)",
    r"re.match('[]a', 'a')", r"re.match('[^]a', 'xa').group(0)", r"re.match('[c-a]', 'b')",
    r"re.match('[\\w-]+', 'a-b c').group(0)", r"re.match('a|ab', 'ab').group(0)",
    r"re.match('(a|b)*', 'abab').group(1)", r"re.search('b+', 'abbbc').group(0)",
    r"re.match('a*?b', 'aab').group(0)", r"re.match('(a+?)', 'aaa').group(1)",
    r"re.match('(a??)a', 'aa').group(1)", r"re.match('(?:ab)+', 'ababc').group(0)",
    r"re.match('(?:a)(b)', 'ab').group(1)", r"re.match('^a$', 'a').group(0)",
    r"re.match('a$', 'a\n')", r"re.search('$', 'ab').group(0)", r"re.search('^b', 'ab')",
    r"re.match('', '').group(0)", r"re.match('a', b'ab').group(0)",
    r"re.match(b'a', b'ab').group(0)", r"re.match(b'a', 'ab').group(0)",
    r"re.match('a', 1)", r"re.match('(a)|(b)', 'b').group(1)", r"re.match('a', 'a')",
    r"re.match('(a)(b)', 'ab')", r"re.match('a', 'a').span()", r"re.match('a', 'a').groups()",
    r"re.match('a', 'a').start()", r"re.match('a', 'a').end()", r"re.match('a', 'a').string",
    r"re.match('a', 'a', 1).group(0)", r"re.compile('a').match('xa', 1).group(0)",
    r"re.compile('a').match('xa', 0)", r"re.compile('a').search('xab', 1, 2).group(0)",
    r"re.compile('a').search('xab', 0, 1)", r"re.compile('^a').match('xa', 1)",
    r"re.compile('a$').search('xab', 0, 2).group(0)", r"re.compile('a').match('a', -5)",
    r"re.compile('a').match('a', 9)", r"re.match(re.compile('b'), 'ab', 1).group(0)",
    r"re.match('.', '\u00e9').group(0)", r"re.match('..', '\u00e9').group(0)",
    r"re.match('\u00e9+', '\u00e9\u00e9x').group(0)",
]

SUB_SPLIT = [
    r"re.sub('a', 'x', 'banana')", r"re.sub('a', 'x', 'banana', 2)",
    r"re.sub('a', 'x', 'banana', -1)", r"re.sub('a', 'x', 'banana', count=1)",
    r"re.sub('(a)(n)', '\\2\\1', 'banana')", r"re.sub('(a)', '\\g<1>!', 'banana')",
    r"re.sub('(a)', '\\g<1', 'a')", r"re.sub('(a)', '[\\\\]', 'a')", r"re.sub('(a)', '\\q', 'a')",
    r"re.sub('(a)', '\\0\\0', 'a')", r"re.sub('(a)', '\\3', 'a')", r"re.sub('(a)', '\\10', 'a')",
    r"re.sub('(a)|b', '<\\1>', 'ab')", r"re.sub('a', lambda m: m.group(0).upper(), 'banana')",
    r"re.sub('a', lambda m: 5, 'banana')", r"re.sub('x*', '-', 'abc')",
    r"re.sub('b*', '-', 'bbc')", r"re.sub('x', '-', 'abc')", r"re.sub(b'a', b'x', b'banana')",
    r"re.sub('a', 'x', b'banana')", r"re.compile('a').sub('b', 'aa')",
    r"re.compile('a').sub('b', 'aa', 1)", r"re.compile(',').split('a,b,,c')",
    r"re.compile(',').split('a,b,c', 1)", r"re.compile(',').split('a,b,c', -1)",
    r"re.compile('(,)').split('a,b')", r"re.compile('x*').split('axb')",
    r"re.compile(',').split(b'a,b')", r"re.compile(',').split('')",
    r"re.compile(',').split(',a,')", r"re.compile('a').split('bab')",
]


@pytest.mark.parametrize("table", [SYNTAX_ERRORS, MATCHING, SUB_SPLIT],
                         ids=["syntax", "matching", "sub-split"])
def test_re_matches_the_real_vm(table):
    assert compare("re", table) == []


def test_match_extras_are_a_port_option():
    ours.MATCH_EXTRAS = True
    try:
        m = ours.compile("(a)(b)?(c)").search("xacd")
        assert m.groups() == ("a", None, "c")
        assert m.span() == (1, 3) and m.span(2) == (-1, -1)
        assert (m.start(3), m.end(3)) == (2, 3)
    finally:
        ours.MATCH_EXTRAS = False
