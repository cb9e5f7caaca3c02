"""pyb on the emulated pyboard: LEDs, the USR switch, the MMA7660, time, and stm."""

from hal.periph.scenario import Curve
from tests.drivers.support import board_hardware, run


def test_leds_on_off_toggle_and_intensity_timeline():
    hw = board_hardware()
    out = run("import pyb\nr = pyb.LED(1)\nb = pyb.LED(4)\nr.on(); b.on()\npyb.delay(100)\n"
              "r.toggle(); b.intensity(64)\npyb.delay(100)\nb.off(); r.intensity(10)\n"
              "print(r, b.intensity(), r.intensity())\npyb.LED(0)\n", hw)
    assert out.splitlines()[0] == "LED(1) 0 10"
    assert out.splitlines()[-1] == "ValueError: LED(0) doesn't exist"
    assert hw.part("LED1").states() == [(0, True), (100_000, False), (200_000, True)]
    assert [(t, round(b, 3)) for t, b in hw.part("LED4").timeline] == [
        (0, 1.0), (100_000, 0.251), (200_000, 0.0)]


def test_switch_value_and_callback_on_press():
    hw = board_hardware()
    hw.scenario.press(hw.part("USR"), at_s=0.5, for_s=0.3)
    out = run("import pyb\nsw = pyb.Switch()\nt = []\nsw.callback(lambda: t.append(pyb.millis()))\n"
              "print(sw())\npyb.delay(600)\nprint(sw.value())\npyb.delay(600)\nprint(sw(), t)\n", hw)
    assert out.split("\n")[:3] == ["False", "True", "False [500]"]


def test_accel_reads_the_mma7660_tilt_curve():
    hw = board_hardware()
    hw.part("accel").x = Curve([(0, 0.0), (1, 1.0)])
    out = run("import pyb\na = pyb.Accel()\nprint(a.x(), a.y(), a.z())\npyb.delay(1000)\n"
              "print(a.x(), a.z())\n", hw)
    assert out.splitlines() == ["1 0 21", "21 21"]  # 60 ms into the ramp: 0.06 g


def test_millis_micros_elapsed_and_udelay():
    out = run("import pyb\ns = pyb.millis(); u = pyb.micros()\npyb.delay(1500)\npyb.udelay(250)\n"
              "print(pyb.elapsed_millis(s), pyb.elapsed_micros(u))\n", board_hardware())
    assert out.split() == ["1500", "1500250"]


def test_stm_constants_come_from_the_chip_bindings():
    from hal import stm32f405
    out = run("import stm\nprint(stm.GPIOA, stm.GPIO_ODR, stm.RCC)\n", board_hardware())
    assert out.split() == [str(stm32f405.STM["GPIOA"]), "20", str(stm32f405.STM["RCC"])]


def test_pyb_is_only_on_the_pyboard():
    out = run("try:\n    import pyb\nexcept ImportError as e:\n    print(e)\n",
              board_hardware("esp8266"))
    assert out.strip() == "no module named 'pyb'"
