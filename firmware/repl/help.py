"""``help()`` on a device: the board's own welcome text, and ``help(obj)``.

``help()`` prints a short guide for the board in the shape MicroPython's ports use (a
welcome line, a quick overview of the board's modules, the REPL's control keys, a pointer
to ``help(obj)``); the wording is Mote's own.  ``help(obj)`` prints as MicroPython 1.27
does (checked against the real VM): ``object <str(obj)> is of type <type name>`` and then
one ``  name -- str(value)`` line per entry of the module's globals, or of the class's own
dictionary (of the object's class for an instance), dunder names included.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

__all__ = ["board_help_text", "install_help"]

_CONTROL_KEYS = (
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, do a soft reset of the board\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
)

#: The quick overview per chip family: (call, what it does), in the board's own API.
_OVERVIEW: dict[str, list[tuple[str, str]]] = {
    "stm32": [
        ("pyb.LED(n)", "LED n (1-4): on(), off(), toggle(), intensity()"),
        ("pyb.Switch()", "the USR button: call it for its state, callback(f)"),
        ("pyb.Accel()", "the accelerometer: x(), y(), z(), tilt()"),
        ("pyb.delay(ms)", "wait ms milliseconds"),
        ("pyb.millis()", "milliseconds since the board started"),
        ("machine.Pin('X1')", "a pin by its board name: value(), irq()"),
        ("machine.I2C(1)", "the I2C bus on X9/X10: scan(), readfrom_mem()"),
        ("machine.reset()", "hard reset of the board"),
    ],
    "esp": [
        ("machine.Pin(2, machine.Pin.OUT)", "a GPIO by number: value(), on(), off()"),
        ("machine.I2C(scl=machine.Pin(5), sda=machine.Pin(4))", "an I2C bus"),
        ("machine.ADC(0)", "the analog input: read_u16()"),
        ("machine.deepsleep(ms)", "sleep; the board resets when it wakes"),
        ("machine.reset()", "restart the board"),
        ("import network", "the WiFi interfaces (network.WLAN)"),
    ],
    "nrf": [
        ("display.scroll('hi')", "scroll text across the 5x5 LED display"),
        ("display.show(Image.HEART)", "show an image"),
        ("button_a.is_pressed()", "the state of button A (and button_b)"),
        ("accelerometer.get_x()", "acceleration in milli-g (get_y, get_z)"),
        ("sleep(ms)", "wait ms milliseconds"),
        ("running_time()", "milliseconds since the board started"),
        ("reset()", "restart the board"),
    ],
}


def board_help_text(board: dict[str, Any], family: str) -> str:
    """What ``help()`` prints on `board` (its data) whose chip is of `family`."""
    name = str(board.get("description") or board.get("name") or "board").split(":")[0]
    lines = ["Welcome to MicroPython on the emulated " + name + "!", "",
             "Docs for MicroPython: http://docs.micropython.org/", ""]
    overview = _OVERVIEW.get(family)
    if overview:
        if family == "nrf":
            lines.append("Start with: from microbit import *")
        lines.append("Quick overview of commands for the board:")
        width = max(len(call) for call, _ in overview)
        lines += [f"  {call.ljust(width)} -- {what}" for call, what in overview]
        lines.append("")
    return "\n".join(lines) + "\n" + _CONTROL_KEYS + \
        "\nFor further help on a specific object, type help(obj)\n"


_HIDDEN = ("__mp", "_M_")
_HOST_ONLY = {"__dict__", "__weakref__", "__builtins__", "__loader__", "__spec__",
              "__package__"}


def _entries(obj: Any) -> list[tuple[str, Any]]:
    """The (name, value) pairs MicroPython's help lists for `obj`."""
    from vm.objects.attrs import METHODS
    if isinstance(obj, ModuleType):
        table = vars(obj)
    else:
        klass = obj if isinstance(obj, type) else type(obj)
        if klass in METHODS:
            table = METHODS[klass]
        else:
            table = {k: v for k, v in vars(klass).items()
                     if not (k == "__doc__" and v is None)}
    return [(str(k), v) for k, v in table.items()
            if not str(k).startswith(_HIDDEN) and k not in _HOST_ONLY]


def install_help(vm: Any, text: str) -> None:
    """Give `vm` the board's ``help`` builtin (`text` for ``help()``)."""
    from vm.objects.typeinfo import class_name, vm_type
    from vm.runtime.repr import str_value

    missing = object()

    def help(obj=missing):
        out = vm.stdout
        if obj is missing:
            out.write(text)
            return
        out.write(f"object {str_value(obj)} is of type {class_name(vm_type(obj))}\n")
        for name, value in _entries(obj):
            out.write(f"  {name} -- {str_value(value)}\n")

    help.__mp_native__ = True  # type: ignore[attr-defined]
    vm.builtins["help"] = help
