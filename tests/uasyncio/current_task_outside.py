# current_task() outside the loop raises RuntimeError.
import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)


async def main():
    return asyncio.current_task() is not None


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("after run: RuntimeError", e)
