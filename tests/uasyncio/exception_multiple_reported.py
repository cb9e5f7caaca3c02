# Each failing detached task is reported once, in the order they failed.
import asyncio


def handler(loop, context):
    print("reported", context["exception"])


async def bad(ms, msg):
    await asyncio.sleep_ms(ms)
    raise ValueError(msg)


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    asyncio.create_task(bad(6, "second"))
    asyncio.create_task(bad(1, "first"))
    await asyncio.sleep_ms(12)
    print("done")


asyncio.run(main())
