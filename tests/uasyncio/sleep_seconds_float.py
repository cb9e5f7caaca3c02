# asyncio.sleep takes seconds as int or float.
import asyncio


async def sleeper(s, name):
    await asyncio.sleep(s)
    print("woke", name)


async def main():
    asyncio.create_task(sleeper(0.02, "twenty"))
    asyncio.create_task(sleeper(0.005, "five"))
    asyncio.create_task(sleeper(0, "zero"))
    await asyncio.sleep(0.035)
    print("done")


asyncio.run(main())
