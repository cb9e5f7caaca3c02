"""Pending events belong to one VM: with several VMs (devices) in one process, an interrupt
or a Ctrl-C raised for one is serviced on that VM's thread only, and the other VM's busy
loop goes on undisturbed."""

import io
import threading

from vm.interp.unit import ModuleCode
from vm.runtime.scheduler import SCHEDULER_DEPTH
from vm.runtime.vm import VM, Context

#: A busy loop that never calls out: only the pending-event check at its backward jump
#: lets a handler (or KeyboardInterrupt) in.  It ends when ``n[0]`` reaches ``goal`` (the
#: VM's handler counts) or when the test sets ``stop[0]``.  ``hold()`` may keep the VM
#: waiting in a host call before the loop, so that only other VMs reach a check meanwhile.
BUSY = """
n = [0]
stop = [0]
def h(a):
    n[0] += 1
    where()
try:
    started()
    hold()
    while n[0] < goal and not stop[0]:
        pass
    print('done', n[0])
except KeyboardInterrupt:
    print('interrupted')
"""

TIMEOUT_S = 60


class Device:
    """One VM running ``BUSY`` on its own host thread."""

    def __init__(self, goal: int, code: ModuleCode | None = None) -> None:
        self.out = io.StringIO()
        self.vm = VM(stdout=self.out)
        self.started = threading.Event()
        self.released = threading.Event()
        self.released.set()
        self.threads: list[threading.Thread] = []  # host threads that ran a handler
        self.loop_thread: threading.Thread | None = None
        self.globals = self.vm.new_module("__main__").__dict__
        self.globals.update(goal=goal, started=self._started,
                            hold=lambda: self.released.wait(TIMEOUT_S),
                            where=lambda: self.threads.append(threading.current_thread()))
        self.code = code
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _started(self) -> None:
        self.loop_thread = threading.current_thread()
        self.started.set()

    def _run(self) -> None:
        if self.code is None:
            self.vm.exec_compiled(self.vm.compile_source(BUSY), "__main__", self.globals)
        else:  # run translated code shared with another VM
            ctx = Context(self.vm, self.globals, self.code)
            fn = self.code.root.get_factory()(ctx, None, None, ())
            from vm.runtime.vm import run_deep
            run_deep(lambda: fn(_M_L=self.globals), self.vm)

    def start(self) -> "Device":
        self.thread.start()
        assert self.started.wait(TIMEOUT_S)
        return self

    def finish(self) -> str:
        """Stop the loop (if still running) and return what the program printed."""
        self.globals["stop"][0] = 1
        self.thread.join(TIMEOUT_S)
        assert not self.thread.is_alive()
        return self.out.getvalue()


def _irqs_reach_only_their_vm(a: Device, b: Device) -> None:
    a.released.clear()  # A waits in a host call: only B passes pending-event checks
    a.start()
    b.start()
    assert a.loop_thread is not b.loop_thread
    for i in range(300):
        a.vm.scheduler.hard_irq(a.globals["h"], i)
    b.thread.join(0.2)  # B spins through many checks meanwhile
    assert a.threads == []  # A's handlers still wait for A
    a.released.set()
    a.thread.join(TIMEOUT_S)  # A's loop ends only once all 300 handlers have run
    assert a.finish() == "done 300\n"
    assert b.finish() == "done 0\n"
    assert len(a.threads) == 300
    assert set(a.threads) == {a.loop_thread}
    assert b.threads == []
    assert a.vm.scheduler.hard_run == 300
    assert b.vm.scheduler.hard_run == 0


def test_hard_irqs_for_one_vm_run_on_that_vms_thread_only():
    _irqs_reach_only_their_vm(Device(goal=300), Device(goal=300))


def test_translated_code_shared_by_two_vms_checks_each_vms_own_flag():
    compiled = VM().compile_source(BUSY)
    shared = ModuleCode(compiled)
    _irqs_reach_only_their_vm(Device(goal=300, code=shared), Device(goal=300, code=shared))


def test_soft_callbacks_for_one_vm_run_on_that_vms_thread_only():
    a = Device(goal=20)
    a.released.clear()
    a.start()
    b = Device(goal=20).start()
    for i in range(SCHEDULER_DEPTH):  # a full queue, while only B passes checks
        assert a.vm.scheduler.schedule(a.globals["h"], i)
    b.thread.join(0.2)
    assert a.threads == []
    a.released.set()
    for i in range(SCHEDULER_DEPTH, 20):
        # One soft callback runs per check, so the queue drains while A spins.
        while not a.vm.scheduler.schedule(a.globals["h"], i):
            a.thread.join(0.001)
    a.thread.join(TIMEOUT_S)
    assert a.finish() == "done 20\n"
    assert b.finish() == "done 0\n"
    assert set(a.threads) == {a.loop_thread}
    assert b.threads == []


def test_ctrl_c_for_one_vm_leaves_the_other_running():
    a = Device(goal=1)
    a.released.clear()  # A waits in a host call: only B passes pending-event checks
    a.start()
    b = Device(goal=1).start()
    a.vm.interrupt()
    b.thread.join(0.2)  # B spins through many checks meanwhile
    assert a.vm.pending.callbacks  # A's Ctrl-C still waits for A
    a.released.set()
    a.thread.join(TIMEOUT_S)
    assert a.finish() == "interrupted\n"
    assert b.thread.is_alive()  # still spinning in its loop
    assert b.finish() == "done 0\n"
    assert b.vm.pending.callbacks == []
