# A cancelled task's finally blocks run, and may await.
import asyncio


async def worker():
    try:
        print("working")
        await asyncio.sleep(10)
    finally:
        print("cleanup start")
        await asyncio.sleep_ms(2)
        print("cleanup end")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep_ms(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled")


asyncio.run(main())
