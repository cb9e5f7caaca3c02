# An exception that is awaited before the loop looks again is not reported.
import asyncio


def handler(loop, context):
    print("handler called (should not be)")


async def bad():
    raise ValueError("v")


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    t = asyncio.create_task(bad())
    try:
        await t
    except ValueError as e:
        print("retrieved", e)
    await asyncio.sleep_ms(2)
    print("done")


asyncio.run(main())
