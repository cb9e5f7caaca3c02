# A minimal async IoT app: two "sensors" sampled at different rates and a reporter,
# cooperating under asyncio.  Runs unchanged on every Mote board and on a real one.
import asyncio

readings = []


async def sensor(name, period_ms, samples):
    for i in range(samples):
        value = (i * 7 + len(name)) % 10
        readings.append((name, value))
        print("%s: sample %d = %d" % (name, i, value))
        await asyncio.sleep_ms(period_ms)


async def reporter(done):
    await done.wait()
    print("collected %d readings" % len(readings))


async def main():
    done = asyncio.Event()
    report = asyncio.create_task(reporter(done))
    await asyncio.gather(sensor("temperature", 100, 3), sensor("humidity", 150, 2))
    done.set()
    await report
    print("done")


asyncio.run(main())
