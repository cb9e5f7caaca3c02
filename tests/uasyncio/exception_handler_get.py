# get_exception_handler() returns None until a handler is set, then the handler.
import asyncio


def h(loop, context):
    pass


loop = asyncio.get_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(h)
print(loop.get_exception_handler() is h)
loop.set_exception_handler(None)
print(loop.get_exception_handler())
