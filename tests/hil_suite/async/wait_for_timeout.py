import asyncio


async def slow():
    await asyncio.sleep(1)
    return "late"


async def quick():
    await asyncio.sleep(0.01)
    return "on time"


async def main():
    print(await asyncio.wait_for(quick(), 0.5))
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
