# Loop.close() is accepted; new_event_loop() gives a usable loop afterwards.
import asyncio


async def main():
    return "ok"


loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
