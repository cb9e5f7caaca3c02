"""Emulated on-chip peripherals: the narrow host-side primitives the machine/pyb drivers use.

One module per peripheral, each the primitive MicroPython's API is built on:

- `pin`: a pad and its net (modes, pulls, who drives it, edges -> Pin.irq).
- `i2c`: `I2CBus.transfer(addr, [Write(..), Read(n)], stop)` plus byte-level
  start/write_byte/read_byte/stop for SoftI2C; address NACK -> ENODEV.
- `spi`: `SPIBus.transfer(tx) -> rx` to the part whose chip-select pin is active.
- `uart`: `UART` with frame-timed lines, rx FIFO and rx/rxidle/txidle listeners;
  `connect()` joins UARTs, part models and `HostStream`s.
- `adc`, `pwm`, `timer`, `rtc`, `wdt`: conversions, waveforms, expiries on world time.
- `scenario`: timed inputs (`Scenario`, `Curve`) and observations.
- `timebase`: the `Clock` protocol, `run_until` and `Binding` (onto the world clock).

Every timed object reads time from an injected clock and exposes `next_event_us()` /
`service(now_us)` so a run loop can wake it exactly when something is due; public
accessors also catch up with the clock by themselves.
"""
