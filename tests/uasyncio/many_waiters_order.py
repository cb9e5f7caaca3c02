# Several tasks awaiting one task all resume, in the order they started waiting.
import asyncio


async def target():
    await asyncio.sleep_ms(5)
    return "t"


async def waiter(t, i):
    r = await t
    print("waiter", i, r)


async def main():
    t = asyncio.create_task(target())
    ws = [asyncio.create_task(waiter(t, i)) for i in range(4)]
    for w in ws:
        await w
    print("done")


asyncio.run(main())
