"""The microbit module on the emulated micro:bit: display frames, Image, buttons, time."""

import itertools

from tests.drivers.support import board_hardware, run


def test_image_api_and_builtins():
    out = run("from microbit import *\ni = Image('09090:99999:99999:09990:00900')\n"
              "print(i == Image.HEART, i.width(), i.height(), i.get_pixel(1, 0))\n"
              "j = Image(3, 2)\nj.set_pixel(2, 1, 7)\nprint(repr(j))\n"
              "print(repr(Image.YES.shift_left(1)))\n"
              "try:\n    Image.HEART.set_pixel(0, 0, 1)\nexcept TypeError as e:\n    print(e)\n"
              "try:\n    j.set_pixel(0, 0, 10)\nexcept ValueError as e:\n    print(e)\n",
              board_hardware("microbit"))
    assert out.splitlines() == [
        "True 5 5 9",
        "Image('000:007:')",
        "Image('00000:00090:00900:09000:90000:')",
        "image cannot be modified (try copying first)",
        "brightness out of bounds",
    ]


def test_display_frames_over_time():
    hw = board_hardware("microbit")
    out = run("from microbit import *\ndisplay.show(Image.HEART)\nsleep(500)\n"
              "display.show('Hi', delay=200)\ndisplay.set_pixel(0, 0, 5)\n"
              "print(display.get_pixel(0, 0), running_time())\ndisplay.clear()\n", hw)
    assert out.split() == ["5", "900"]
    frames = hw.part("display").frames
    assert [t for t, _ in frames] == [0, 500_000, 700_000, 900_000]
    assert frames[0][1] == ("09090", "99999", "99999", "09990", "00900")
    assert frames[-1][1] == ("00000",) * 5


def test_scroll_moves_one_column_per_delay():
    hw = board_hardware("microbit")
    run("from microbit import *\ndisplay.scroll('I', delay=100)\n", hw)
    frames = hw.part("display").frames
    # 'I' is 3 columns wide in a 5-wide window: it enters, crosses and leaves.
    assert frames[-1][1] == ("00000",) * 5
    assert any(rows == ("09990", "00900", "00900", "00900", "09990") for _, rows in frames)
    assert all(b[0] - a[0] == 100_000 for a, b in itertools.pairwise(frames[1:]))


def test_buttons_count_presses():
    hw = board_hardware("microbit")
    for t in (0.2, 0.6, 1.0):
        hw.scenario.press(hw.part("button_a"), at_s=t, for_s=0.1)
    hw.scenario.press(hw.part("button_b"), at_s=0.3, for_s=1.0)
    out = run("from microbit import *\nsleep(700)\n"
              "print(button_a.was_pressed(), button_a.was_pressed(), button_b.is_pressed())\n"
              "sleep(1000)\nprint(button_a.get_presses(), button_a.get_presses(),\n"
              "      button_b.is_pressed())\n", hw)
    assert out.splitlines() == ["True False True", "3 0 False"]
