# wait() on an Event that is already set returns without blocking.
import asyncio


async def other():
    print("other ran")


async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(other())
    print("wait returns", await ev.wait())
    print("before other")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
