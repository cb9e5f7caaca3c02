# A detached task ending in CancelledError is not reported to the handler.
import asyncio


def handler(loop, context):
    print("handler called (should not be)")


async def sleeper():
    await asyncio.sleep(10)


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep_ms(1)
    t.cancel()
    await asyncio.sleep_ms(2)
    print("done", t.done())


asyncio.run(main())
