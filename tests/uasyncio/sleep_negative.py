# A negative sleep behaves like sleep 0: the task yields and resumes in turn.
import asyncio


async def other():
    print("other ran")


async def main():
    asyncio.create_task(other())
    await asyncio.sleep_ms(-100)
    print("after negative sleep_ms")
    asyncio.create_task(other())
    await asyncio.sleep(-1)
    print("after negative sleep")


asyncio.run(main())
