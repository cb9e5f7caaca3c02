import asyncio


async def square(x):
    await asyncio.sleep(0.01 * (3 - x))
    return x * x


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    print(await asyncio.gather(*(square(i) for i in range(3))))
    results = await asyncio.gather(square(3), fail(), return_exceptions=True)
    print(results[0], type(results[1]).__name__)


asyncio.run(main())
