# wait_for on a ThreadSafeFlag nobody sets times out; a set from a scheduled callback
# afterwards is seen by the next wait.
import asyncio
import micropython

flag = asyncio.ThreadSafeFlag()


async def main():
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("timed out")
    micropython.schedule(lambda _: flag.set(), None)
    await asyncio.sleep_ms(1)
    await asyncio.wait_for_ms(flag.wait(), 20)
    print("flag seen")


asyncio.run(main())
