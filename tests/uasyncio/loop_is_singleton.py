# get_event_loop() always returns the same loop object; legacy arguments are accepted.
import asyncio

a = asyncio.get_event_loop()
b = asyncio.get_event_loop(16, 16)
print(a is b)
print(asyncio.new_event_loop() is a)
