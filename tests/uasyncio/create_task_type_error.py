# create_task rejects things that are not coroutines.
import asyncio


async def main():
    for bad in (None, 1, print):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
