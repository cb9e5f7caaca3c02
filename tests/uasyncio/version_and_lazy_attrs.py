# __version__ is a tuple; submodule names load lazily; unknown names raise AttributeError.
import asyncio

v = asyncio.__version__
print(type(v) is tuple, len(v), v >= (3, 0, 0))
for name in ("Event", "Lock", "ThreadSafeFlag", "gather", "wait_for", "wait_for_ms"):
    print(name, hasattr(asyncio, name))
try:
    asyncio.no_such_thing
except AttributeError:
    print("AttributeError for unknown name")
print(asyncio.Event is asyncio.Event)
