# A task cancelled before it ever ran never executes its body.
import asyncio


async def body():
    print("body ran (should not)")


async def main():
    t = asyncio.create_task(body())
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")


asyncio.run(main())
