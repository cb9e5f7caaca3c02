# A day in the life of a sensor node: 20 tasks, each sleeping between 1 ms and 1 hour
# at a time (log-uniformly, from its own deterministic generator), for 24 simulated hours.
# Every wake-up is logged into a running checksum with the time it happened, and each
# simulated hour the node prints a line, so any change in timing changes the output.
import time

try:
    import asyncio
except ImportError:
    import uasyncio as asyncio

HOURS = 24
MS_PER_HOUR = 3_600_000
N_TASKS = 20
LOG_MAX = 1_500_000  # ln(3_600_000 ms) * 100_000: sleeps span 1 ms .. 1 hour

wakes = [0] * N_TASKS
sums = [0] * N_TASKS


def exp100k(x):
    # e ** (x / 100_000), in integer arithmetic (the VM has floats, but the point of the
    # checksum is exact reproducibility).
    import math
    return int(math.exp(x / 100_000))


async def sleeper(k):
    seed = 12345 + 977 * k
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        ms = max(1, exp100k(seed % LOG_MAX))
        await asyncio.sleep_ms(ms)
        wakes[k] += 1
        sums[k] = (sums[k] * 31 + time.ticks_ms()) & 0xFFFFFF


async def main():
    start = time.ticks_ms()
    for k in range(N_TASKS):
        asyncio.create_task(sleeper(k))
    for hour in range(1, HOURS + 1):
        await asyncio.sleep_ms(MS_PER_HOUR)
        print("hour", hour, "wakes", sum(wakes), "clock", time.ticks_diff(time.ticks_ms(), start))
    for k in range(N_TASKS):
        print("task", k, wakes[k], sums[k])
    print("date", time.localtime()[:6])


asyncio.run(main())
