# Without return_exceptions the first exception propagates; other tasks keep running.
import asyncio


async def ok(ms):
    await asyncio.sleep_ms(ms)
    print("ok", ms, "finished")
    return ms


async def bad(ms):
    await asyncio.sleep_ms(ms)
    raise ValueError("bad %d" % ms)


async def main():
    try:
        await asyncio.gather(ok(1), bad(4), ok(12))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep_ms(15)
    print("done")


asyncio.run(main())
