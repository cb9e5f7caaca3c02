# wait_for_ms takes its timeout in milliseconds.
import asyncio


async def slow():
    await asyncio.sleep_ms(200)
    print("slow finished (should not)")


async def main():
    try:
        await asyncio.wait_for_ms(slow(), 5)
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep_ms(5)
    print("done")


asyncio.run(main())
