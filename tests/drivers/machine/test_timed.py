"""machine.Timer, ADC, PWM, RTC, WDT and the module functions (reset causes, sleeps)."""

from hal.periph.scenario import Curve
from tests.drivers.support import board_hardware, boot, run


def test_periodic_and_one_shot_timers_fire_on_world_time():
    out = run("import time\nfrom machine import Timer\nticks = []\n"
              "t = Timer(-1, period=100, mode=Timer.PERIODIC,\n"
              "          callback=lambda t: ticks.append(time.ticks_ms()))\n"
              "once = []\nTimer(-1, mode=Timer.ONE_SHOT, period=250,\n"
              "      callback=lambda t: once.append(time.ticks_ms()))\n"
              "time.sleep_ms(450)\nt.deinit()\ntime.sleep_ms(300)\nprint(ticks, once)\n",
              board_hardware())
    assert out.strip() == "[100, 200, 300, 400] [250]"


def test_timer_freq_and_bad_id():
    out = run("import time\nfrom machine import Timer\nn = [0]\n"
              "def cb(t):\n    n[0] += 1\nt = Timer(-1, freq=50, callback=cb)\n"
              "time.sleep(1)\nt.deinit()\nprint(n[0])\nTimer(99)\n", board_hardware())
    assert out.splitlines()[0] == "50"
    assert out.splitlines()[-1] == "ValueError: Timer doesn't exist"


def test_adc_reads_a_voltage_curve():
    hw = board_hardware()
    hw.pad("PC0").set_analog("sensor", Curve([(0, 0.0), (1, 3.3)]))
    out = run("import time\nfrom machine import ADC, Pin\na = ADC(Pin('X19'))\n"
              "print(a.read_u16())\ntime.sleep(0.5)\nprint(a.read_u16())\n"
              "time.sleep(1)\nprint(a.read_u16())\nADC(Pin('Y1'))\n", hw)
    lines = out.splitlines()
    assert lines[:3] == ["0", "32776", "65535"]
    assert lines[-1] == "ValueError: Pin(C6) does not have ADC capabilities"


def test_pwm_dims_an_led():
    hw = board_hardware()
    led = hw.part("LED4")
    out = run("from machine import PWM, Pin\np = PWM(Pin('LED_BLUE'), freq=1000, duty_u16=16384)\n"
              "print(p.freq(), p.duty_u16())\nimport time\ntime.sleep_ms(10)\np.duty_u16(65535)\n", hw)
    assert out.split() == ["1000", "16384"]
    assert led.brightness() == 1.0
    assert [round(b, 2) for _, b in led.timeline][-2:] == [0.25, 1.0]


def test_rtc_runs_with_world_time_and_memory_survives_deepsleep():
    hw = board_hardware()
    src = ("import machine, time\nr = machine.RTC()\n"
           "if machine.reset_cause() == machine.DEEPSLEEP_RESET:\n"
           "    print('woke', r.memory(), r.datetime()[4:7])\n"
           "else:\n    r.datetime((2025, 6, 1, 0, 12, 0, 0, 0))\n    r.memory(b'count=1')\n"
           "    machine.deepsleep(5000)\n    print('not reached')\n")
    outs = boot(hw, src)
    assert outs == ["", "woke b'count=1' (12, 0, 5)\n"]


def test_wdt_expiry_resets_the_board_and_reset_cause_says_so():
    hw = board_hardware()
    src = ("import machine, time\nprint(machine.reset_cause() == machine.WDT_RESET)\n"
           "if machine.reset_cause() != machine.WDT_RESET:\n"
           "    w = machine.WDT(timeout=1000)\n    for i in range(3):\n"
           "        time.sleep_ms(500)\n        w.feed()\n    print('fed', time.ticks_ms())\n"
           "    time.sleep_ms(5000)\n    print('not reached')\n")
    outs = boot(hw, src)
    assert outs == ["False\nfed 1500\n", "True\n"]
    assert hw.clock.now_us() == 2_500_000  # the reset came when the watchdog ran out


def test_machine_reset_and_module_functions():
    hw = board_hardware()
    outs = boot(hw, "import machine\nprint(machine.reset_cause())\n"
                    "if machine.reset_cause() == machine.PWRON_RESET:\n    machine.reset()\n"
                    "print(machine.unique_id(), machine.freq()[0])\n")
    assert outs[0] == "1\n"
    assert outs[1].splitlines() == ["2", "b':\\x00D\\x00\\x0fQ348570' 168000000"]


def test_lightsleep_and_esp8266_freq():
    out = run("import machine, time\nt = time.ticks_ms()\nmachine.lightsleep(1234)\n"
              "print(time.ticks_diff(time.ticks_ms(), t), machine.freq())\n"
              "machine.freq(160000000)\nprint(machine.freq())\nmachine.freq(1)\n",
              board_hardware("esp8266"))
    assert out.splitlines()[:2] == ["1234 80000000", "160000000"]
    assert out.splitlines()[-1] == "ValueError: frequency must be 80MHz or 160MHz"
