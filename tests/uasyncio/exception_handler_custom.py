# An unretrieved task exception goes to the handler set with set_exception_handler.
import asyncio


def handler(loop, context):
    print("handler:", context["message"])
    print("exception:", type(context["exception"]).__name__, context["exception"])
    print("future is task:", context["future"] is bad_task)


async def bad():
    await asyncio.sleep_ms(1)
    raise ValueError("oops")


async def main():
    global bad_task
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    bad_task = asyncio.create_task(bad())
    await asyncio.sleep_ms(5)
    print("main done")


asyncio.run(main())
