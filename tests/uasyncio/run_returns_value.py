# asyncio.run returns the main coroutine's return value.
import asyncio


async def main():
    print("main running")
    return 42


print("result", asyncio.run(main()))
