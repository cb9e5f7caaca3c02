# cancel() on a finished task does nothing and returns False.
import asyncio


async def quick():
    return 5


async def main():
    t = asyncio.create_task(quick())
    print("value", await t)
    print("cancel", t.cancel())
    print("value again", await t)


asyncio.run(main())
