# Awaiting a task gives its return value; a finished task can be awaited again.
import asyncio


async def compute(x):
    await asyncio.sleep_ms(2)
    return x * 2


async def main():
    t = asyncio.create_task(compute(21))
    print("first", await t)
    print("second", await t)
    print("done", t.done())


asyncio.run(main())
