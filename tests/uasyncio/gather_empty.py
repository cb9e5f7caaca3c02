# gather() with nothing to wait for returns an empty list.
import asyncio


async def main():
    print(await asyncio.gather())


asyncio.run(main())
