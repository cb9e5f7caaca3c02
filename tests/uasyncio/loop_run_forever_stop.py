# run_forever runs tasks until one of them calls loop.stop().
import asyncio


async def ticker(loop):
    for i in range(3):
        print("tick", i)
        await asyncio.sleep_ms(2)
    print("stopping")
    loop.stop()
    await asyncio.sleep_ms(1)
    print("not reached before stop returns")


loop = asyncio.get_event_loop()
loop.create_task(ticker(loop))
loop.run_forever()
print("run_forever returned")
