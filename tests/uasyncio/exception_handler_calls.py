# call_exception_handler passes the loop and the context dict to the handler.
import asyncio


def handler(loop, context):
    print("loop is event loop:", loop is asyncio.get_event_loop())
    print("message:", context["message"])


loop = asyncio.get_event_loop()
loop.set_exception_handler(handler)
loop.call_exception_handler({"message": "custom message"})
loop.set_exception_handler(None)
