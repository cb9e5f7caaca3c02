"""microbit.accelerometer over the board's MMA8653 model: milli-g values on the board's
axes, the runtime's gestures, and the gesture history."""

from __future__ import annotations

from hal.periph.scenario import Curve
from tests.drivers.support import board_hardware, run


def test_flat_board_reads_minus_1024_on_z_and_face_up():
    hw = board_hardware("microbit")
    out = run("from microbit import *\nprint(accelerometer.get_values())\n"
              "print(accelerometer.get_x(), accelerometer.get_y(), accelerometer.get_z())\n"
              "print(repr(accelerometer.current_gesture()))\n", hw)
    assert out.splitlines() == ["(0, 0, -1024)", "0 0 -1024", "'face up'"]


def test_values_follow_the_part_in_steps_of_16_milli_g():
    hw = board_hardware("microbit")
    acc = hw.part("accelerometer")
    acc.x, acc.y, acc.z = 0.5, -0.3, 0.8
    out = run("from microbit import accelerometer as a\nprint(a.get_values())\n", hw)
    # MSB x 16: 0.5 g -> code 128 -> 32 x 16; -0.3 g -> code -77, whose MSB floors to -20
    assert out == "(512, -320, -816)\n"


def test_gestures_as_the_board_is_tilted_and_dropped():
    hw = board_hardware("microbit")
    acc = hw.part("accelerometer")
    # Flat, tilted right at t=1 s, held up at 2 s, free fall at 3 s, pointing down at 4 s.
    acc.x = Curve([(0, 0.0), (1, 1.0), (2, 0.0)], steps=True)
    acc.y = Curve([(0, 0.0), (2, 1.0), (3, 0.0), (4, -1.0)], steps=True)
    acc.z = Curve([(0, 1.0), (1, 0.0)], steps=True)
    out = run("from microbit import *\n"
              "for t in range(5):\n"
              "    print(t, repr(accelerometer.current_gesture()))\n    sleep(1000)\n"
              "print(accelerometer.was_gesture('freefall'), accelerometer.was_gesture('freefall'))\n"
              "print(accelerometer.get_gestures(), accelerometer.get_gestures())\n"
              "print(accelerometer.is_gesture('down'), accelerometer.is_gesture('face up'))\n"
              "accelerometer.is_gesture('wobble')\n", hw)
    assert out.splitlines() == [
        "0 'face up'", "1 'right'", "2 'up'", "3 'freefall'", "4 'down'",
        "True False", "('face up', 'right', 'up', 'down') ()", "True False",
        "Traceback (most recent call last):",
        '  File "/tmp/_mote_driver_test.py", line 8, in <module>', "ValueError: invalid gesture"]


def test_a_hard_knock_beyond_the_range_saturates_at_2_g():
    hw = board_hardware("microbit")
    hw.part("accelerometer").y = 4.0
    out = run("from microbit import accelerometer as a\nprint(a.get_y())\n", hw)
    assert out == "2032\n"  # +-2 g range: the 10-bit code saturates at 511


def test_an_unplugged_accelerometer_raises_enodev():
    hw = board_hardware("microbit")
    hw.part_buses["accelerometer"].set_connected(0x1D, False)
    out = run("from microbit import accelerometer\naccelerometer.get_x()\n", hw)
    assert out.splitlines()[-1] == "OSError: [Errno 19] ENODEV"
