# wait_for with timeout None simply awaits.
import asyncio


async def v():
    await asyncio.sleep_ms(5)
    return "no timeout"


async def main():
    print(await asyncio.wait_for(v(), None))


asyncio.run(main())
