"""Running MicroPython programs on an emulated board in-process, for the driver tests."""

from __future__ import annotations

import io
from typing import Any

from boards.registry import load_board
from drivers.hardware import BoardReset, Hardware, install
from hal.world.clock import VirtualClock
from vm.runtime.vm import VM


def board_hardware(board: str = "pyboard", parts: tuple = (), clock=None) -> Hardware:
    """The hardware of `board` on a fresh virtual clock, with extra `parts` wired on."""
    return Hardware(load_board(board).data, clock or VirtualClock(), parts)


def new_vm(hw: Hardware | None = None) -> tuple[VM, io.StringIO]:
    out = io.StringIO()
    vm = VM(stdout=out)
    vm.word_bits = 32
    if hw is not None:
        install(vm, hw)
    return vm, out


def run(src: str, hw: Hardware | None = None, vm: VM | None = None) -> str:
    """Run `src` (as __main__) and return what it printed; an uncaught exception is printed
    the way the board prints it (last line: 'Type: message')."""
    if vm is None:
        vm, out = new_vm(hw)
    else:
        out = vm.stdout
    path = "/tmp/_mote_driver_test.py"
    with open(path, "w") as f:
        f.write(src)
    vm.run_main(path)
    return out.getvalue()


def boot(hw: Hardware, src: str, max_boots: int = 5) -> list[str]:
    """Boot `src` as main.py, again after each reset the board asks for; the outputs of
    every boot, in order (what a device does across machine.reset / WDT / deepsleep)."""
    outputs = []
    for _ in range(max_boots):
        vm, out = new_vm(hw)
        run(src, vm=vm)
        outputs.append(out.getvalue())
        if hw.reset_request is None:
            break
        hw.complete_reset()
    return outputs


__all__ = ["Any", "BoardReset", "board_hardware", "boot", "new_vm", "run"]
