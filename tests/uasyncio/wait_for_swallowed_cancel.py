# If the awaitable swallows its cancellation on timeout, wait_for still times out.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "late value"


async def main():
    try:
        r = await asyncio.wait_for_ms(stubborn(), 5)
        print("got", r)
    except asyncio.TimeoutError:
        print("TimeoutError")


asyncio.run(main())
