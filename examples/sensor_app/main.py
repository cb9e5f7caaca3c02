# An async IoT sensor app: a BME280 read every second, shown on an SSD1306 OLED and the
# console, a heartbeat LED, and a button that switches the display between Celsius and
# Fahrenheit.  The same file runs on a pyboard and an ESP8266: only the pins differ, and
# they are looked up by sys.platform.
import sys
import time

import asyncio
from machine import I2C, Pin, Signal, SoftI2C

from bme280 import BME280
from ssd1306 import SSD1306_I2C

BOARDS = {
    # i2c bus, (LED pin, active low), button pin (pressed = low)
    "pyboard": (lambda: I2C(1), ("LED_GREEN", False), "SW"),
    "esp8266": (lambda: SoftI2C(scl=Pin(5), sda=Pin(4)), (2, True), 0),
}

PERIOD_MS = 1000
RUN_FOR_MS = 6000


class App:
    def __init__(self):
        make_i2c, (led_pin, led_low), button_pin = BOARDS[sys.platform]
        i2c = make_i2c()
        self.sensor = BME280(i2c)
        self.oled = SSD1306_I2C(128, 64, i2c)
        self.led = Signal(Pin(led_pin, Pin.OUT), invert=led_low)
        self.led.off()
        self.pressed = asyncio.ThreadSafeFlag()
        button = Pin(button_pin, Pin.IN, Pin.PULL_UP)
        button.irq(lambda p: self.pressed.set(), Pin.IRQ_FALLING)
        self.fahrenheit = False
        self.reading = None
        self.samples = 0
        self.start = time.ticks_ms()

    def now(self):
        return time.ticks_diff(time.ticks_ms(), self.start)

    async def sleep_until(self, deadline):
        await asyncio.sleep_ms(max(0, time.ticks_diff(deadline, time.ticks_ms())))

    async def sample(self):
        # Deadlines, not fixed sleeps: sending a screen to the OLED takes ~25 ms of I2C
        # wire time, which would otherwise make every period that much longer.
        deadline = self.start
        while True:
            self.sensor.start()
            await asyncio.sleep_ms(10)
            while self.sensor.busy():
                await asyncio.sleep_ms(2)
            self.reading = self.sensor.values()
            self.led.on()
            self.samples += 1
            t, p, h = self.reading
            print("[%5d] T=%.2f C P=%.2f hPa H=%.1f %%" % (self.now(), t, p, h))
            self.draw()
            await self.sleep_until(time.ticks_add(deadline, 110))
            self.led.off()
            deadline = time.ticks_add(deadline, PERIOD_MS)
            await self.sleep_until(deadline)

    def draw(self):
        t, p, h = self.reading
        unit = "F" if self.fahrenheit else "C"
        shown = t * 9 / 5 + 32 if self.fahrenheit else t
        oled = self.oled
        oled.fill(0)
        oled.text("Mote sensor", 0, 0)
        oled.hline(0, 10, 128, 1)
        oled.text("T %6.2f %s" % (shown, unit), 0, 16)
        oled.text("P %7.2f hPa" % p, 0, 28)
        oled.text("H %5.1f %%" % h, 0, 40)
        oled.text("#%d" % self.samples, 0, 54)
        oled.show()

    async def button(self):
        while True:
            await self.pressed.wait()
            self.fahrenheit = not self.fahrenheit
            print("[%5d] button: %s" % (self.now(), "F" if self.fahrenheit else "C"))
            if self.reading is not None:
                self.draw()

    async def main(self):
        tasks = [asyncio.create_task(self.sample()), asyncio.create_task(self.button())]
        await asyncio.sleep_ms(RUN_FOR_MS)
        for task in tasks:
            task.cancel()
        self.led.off()
        print("[%5d] done: %d samples" % (self.now(), self.samples))


asyncio.run(App().main())
