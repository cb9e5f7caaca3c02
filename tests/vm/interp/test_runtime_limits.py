"""Deep recursion becomes MicroPython's RuntimeError (never a host crash), and
KeyboardInterrupt reaches running VM code through the pending-event check."""

import io
import threading

from tests.vm.interp.differential import run_mote
from vm.runtime.vm import VM


def test_deep_python_recursion_is_runtime_error():
    out = run_mote("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\n"
                   "except RuntimeError as e:\n    print('RuntimeError:', e)\n")
    assert out == "RuntimeError: maximum recursion depth exceeded\n"


def test_uncaught_recursion_prints_a_micropython_traceback():
    out = run_mote("def f():\n    f()\nf()\n")
    assert out.startswith("Traceback (most recent call last):\n")
    assert out.endswith("RuntimeError: maximum recursion depth exceeded\n")
    assert '  File "<stdin>", line 2, in f\n' in out


def test_recursion_through_special_methods_is_runtime_error():
    out = run_mote("class A:\n    def __add__(self, o):\n        return self + o\n"
                   "try:\n    A() + 1\nexcept RuntimeError as e:\n    print(e)\n")
    assert out == "maximum recursion depth exceeded\n"


def test_list_containing_itself_prints_without_host_error():
    out = run_mote("l = [1]\nl.append(l)\nprint(len(l))\ntry:\n    s = str(l)\n"
                   "    print(s[:4])\nexcept RuntimeError as e:\n    print(e)\n")
    assert out in ("2\n[1, \n", "2\nmaximum recursion depth exceeded\n")


def test_deeply_nested_iterators_do_not_crash_the_host():
    out = run_mote("x = [1, 2]\nfor i in range(5000):\n    x = map(abs, x)\n"
                   "try:\n    print(list(x))\nexcept RuntimeError as e:\n    print(e)\n")
    assert out in ("[1, 2]\n", "maximum recursion depth exceeded\n")


def test_keyboard_interrupt_reaches_a_busy_loop():
    out = io.StringIO()
    vm = VM(stdout=out)
    vm.use_mpy_cross = True
    started = threading.Event()
    vm.builtins["started"] = started.set
    timer = threading.Timer(0.2, lambda: started.wait(5) and vm.interrupt())
    timer.start()
    vm.exec_source("try:\n    started()\n    while True:\n        pass\n"
                   "except KeyboardInterrupt:\n    print('interrupted')\n")
    timer.join()
    assert out.getvalue() == "interrupted\n"


def test_pending_callbacks_run_between_bytecodes():
    out = io.StringIO()
    vm = VM(stdout=out)
    vm.use_mpy_cross = True
    seen = []
    vm.builtins["arm"] = lambda: vm.pending.schedule(lambda: seen.append("ran"))
    vm.exec_source("arm()\nn = 0\nfor i in range(3):\n    n += i\nprint(n)\n")
    assert seen == ["ran"]
    assert out.getvalue() == "3\n"
