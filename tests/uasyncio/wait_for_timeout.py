# wait_for raises TimeoutError and cancels the awaitable when time runs out.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), 0.005)
    except asyncio.TimeoutError:
        print("TimeoutError")


asyncio.run(main())
