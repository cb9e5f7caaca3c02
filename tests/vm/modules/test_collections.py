"""collections agrees with the real MicroPython: namedtuple, OrderedDict and deque."""

from tests.vm.modules.differential import compare
from vm.modules import collections as ours
from vm.native import call_error

PREAMBLE = """
import collections
P = collections.namedtuple('Point', 'x y')
Q = collections.namedtuple('Q', ['a', 'b'])
p = P(1, 2)
"""


def _env() -> dict:
    P = ours.namedtuple("Point", "x y")
    return {"P": P, "Q": ours.namedtuple("Q", ["a", "b"]), "p": P(1, 2)}


NAMEDTUPLE = [
    "p", "P(x=1, y='a')", "Q(1, b=[5])", "P(1)", "P(1, 2, 3)", "P(1, z=2)", "P(1, x=2)", "P()",
    "P(y=1)", "P(x=1, z=2)", "P(1, 2, x=3)", "p.x", "p[1]", "p.z", "p == (1, 2)", "p + (3,)",
    "hash(p) == hash((1, 2))",
    "isinstance(p, tuple)", "len(p)", "list(p)", "p._fields", "p._asdict",
    "collections.namedtuple('R', 'a, b')(1, 2)", "collections.namedtuple('R', 'a,b')(1, 2)",
    "collections.namedtuple('R', ('a', 'b'))(1, 2)", "collections.namedtuple('R', '')()",
    "collections.namedtuple('R', 5)", "collections.namedtuple('R', '  a   b ')(b=1, a=2)",
]

ORDERED_DICT = [
    "collections.OrderedDict([(1, 2)])", "collections.OrderedDict()",
    "collections.OrderedDict({1: 2})", "collections.OrderedDict(a=1)",
    "collections.OrderedDict([(2, 1), (1, 2)]).popitem()",
    "list(collections.OrderedDict([(2, 1), (1, 2), (3, 0)]).keys())",
    "collections.OrderedDict([(2, 1)]) == {2: 1}",
    "{2: 1} == collections.OrderedDict([(2, 1)])",
    "collections.OrderedDict([(2, 1)]) == collections.OrderedDict([(2, 1)])",
    "collections.OrderedDict([(2, 1), (1, 0)]) == collections.OrderedDict([(1, 0), (2, 1)])",
]

DEQUE = [
    "collections.deque((), 2).pop()", "collections.deque((), 2).popleft()",
    "collections.deque([1, 2], 3)",
    "len(collections.deque([1, 2], 2))", "len(collections.deque([1, 2, 3], 2))",
    "list(collections.deque([1, 2, 3], 2))", "bool(collections.deque([], 2))",
    "collections.deque([1], 2)[0]", "collections.deque([1], 2)[5]",
    "collections.deque([1], 2)[-1]", "collections.deque([1], 2)[-2]",
    "collections.deque([1], 2, 1)", "collections.deque([1], -1)", "collections.deque([1], 0)",
    "list(collections.deque('abc', 3))", "collections.deque(1, 3)",
    "collections.deque([], 'a')",
    "collections.deque([1], 2) == collections.deque([1], 2)",
    "1 in collections.deque([1], 2)", "collections.deque([1, 2], 2)[0:1]",
    "collections.deque((4, 5, 6), 2, 1)", "list(collections.deque((4, 5), 2, 1))",
]

DEQUE_SCRIPT = """
import collections
def run(d, *ops):
    out = []
    for op, arg in ops:
        try:
            r = getattr(d, op)(*arg)
            out.append(r)
        except Exception as x:
            out.append(type(x).__name__ + ':' + str(x))
        out.append(list(d))
    return out
"""


def test_deque_requires_maxlen_like_the_real_vm():
    # Texts seen on the real VM for deque([1, 2]) and deque(): the VM's call_error words them.
    assert str(call_error(ours.deque, ([1, 2],), {})) == (
        "function missing 1 required positional arguments")
    assert str(call_error(ours.deque, (), {})) == (
        "function missing 2 required positional arguments")


def test_namedtuple_matches_the_real_vm():
    assert compare("collections", NAMEDTUPLE, preamble=PREAMBLE, env=_env()) == []


def test_ordered_dict_matches_the_real_vm():
    assert compare("collections", ORDERED_DICT) == []


def test_deque_matches_the_real_vm():
    assert compare("collections", DEQUE) == []


def test_deque_operations_match_the_real_vm():
    ops = ("(('append', (1,)), ('append', (2,)), ('append', (3,)), ('appendleft', (9,)), "
           "('extend', ([7, 8],)), ('pop', ()), ('popleft', ()), ('popleft', ()), "
           "('pop', ()), ('appendleft', (4,)), ('extend', ('xyz',)))")
    exprs = [f"run(collections.deque((), 2), *{ops})",
             f"run(collections.deque((), 2, 1), *{ops})",
             f"run(collections.deque((), 0), *{ops})",
             f"run(collections.deque((), 0, 1), *{ops})"]
    env: dict = {}
    exec(DEQUE_SCRIPT.replace("import collections\n", ""), env)
    assert compare("collections", exprs, preamble=DEQUE_SCRIPT, env=env) == []
