# Tasks sleeping different times wake in deadline order, not creation order.
import asyncio


async def sleeper(ms):
    await asyncio.sleep_ms(ms)
    print("woke", ms)


async def main():
    for ms in (30, 10, 20, 0):
        asyncio.create_task(sleeper(ms))
    await asyncio.sleep_ms(45)
    print("done")


asyncio.run(main())
