# Mote uasyncio: byte streams over non-blocking sockets (or any object with the stream
# protocol that select.poll accepts), plus TCP client and server helpers.

from . import core


class Stream:
    """Both ends of a connection: StreamReader and StreamWriter are this class.

    ``s`` is a non-blocking stream whose read/readinto/readline/write return None when
    they would block.  Every read first parks the task until the poller reports ``s``
    readable, so a task waiting for data costs no CPU.
    """

    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        """Connection details, e.g. "peername" for a server-side stream."""
        return self.e[v]

    def close(self):
        # The socket is closed in wait_closed(), once pending output is flushed.
        pass

    async def wait_closed(self):
        """Close the underlying stream."""
        self.s.close()

    # The methods below are generators, not `async def`: they park the task on the
    # I/O queue themselves (yielding after queue_read/queue_write).

    def read(self, n=-1):
        """Read up to ``n`` bytes (as soon as any arrive); with n < 0, read to EOF."""
        acc = b""
        while True:
            yield core._io_queue.queue_read(self.s)
            chunk = self.s.read(n)
            if chunk is None:
                continue  # spurious wake-up
            if n >= 0:
                return chunk
            if not chunk:
                return acc
            acc += chunk

    def readinto(self, buf):
        """Read into ``buf`` once data is available; returns the count read."""
        yield core._io_queue.queue_read(self.s)
        return self.s.readinto(buf)

    def readexactly(self, n):
        """Read exactly ``n`` bytes; EOFError if the stream ends first."""
        acc = b""
        while n:
            yield core._io_queue.queue_read(self.s)
            chunk = self.s.read(n)
            if chunk is None:
                continue
            if not chunk:
                raise EOFError
            acc += chunk
            n -= len(chunk)
        return acc

    def readline(self):
        """Read up to and including b"\\n" (or to EOF)."""
        acc = b""
        while True:
            yield core._io_queue.queue_read(self.s)
            chunk = self.s.readline()
            if chunk is None:
                continue
            acc += chunk
            # Check acc, not chunk: chunk may be a partial line without the newline.
            if not chunk or acc[-1] == 10:
                return acc

    def write(self, buf):
        """Queue ``buf`` for sending (tries to send at once); follow with drain()."""
        if not self.out_buf:
            sent = self.s.write(buf)
            if sent == len(buf):
                return
            if sent is not None:
                buf = buf[sent:]
        self.out_buf += buf

    def drain(self):
        """Wait until everything written has been handed to the stream."""
        if not self.out_buf:
            # Always yield once, so write+drain in a loop cannot starve other tasks.
            return (yield from core.sleep_ms(0))
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            yield core._io_queue.queue_write(self.s)
            sent = self.s.write(mv[off:])
            if sent is not None:
                off += sent
        self.out_buf = b""

    # Names from the old uasyncio API.
    async def awrite(self, buf, off=0, sz=-1):
        if off != 0 or sz != -1:
            buf = memoryview(buf)
            if sz == -1:
                sz = len(buf)
            buf = buf[off:off + sz]
        self.write(buf)
        await self.drain()

    awritestr = awrite

    async def aclose(self):
        await self.wait_closed()


StreamReader = Stream
StreamWriter = Stream


def open_connection(host, port, ssl=None, server_hostname=None):
    """Connect over TCP; returns (reader, writer), the same Stream twice."""
    from errno import EINPROGRESS
    import socket

    # getaddrinfo may block (DNS); there is no non-blocking resolver to use instead.
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        s.connect(ai[-1])
    except OSError as er:
        if er.errno != EINPROGRESS:
            raise er
    if ssl:
        if ssl is True:
            import ssl as _ssl

            ssl = _ssl.SSLContext(_ssl.PROTOCOL_TLS_CLIENT)
        s = ssl.wrap_socket(s, server_hostname=server_hostname or host,
                            do_handshake_on_connect=False)
        s.setblocking(False)
    stream = Stream(s)
    # The connection is up once the socket becomes writable.
    yield core._io_queue.queue_write(s)
    return stream, stream


class Server:
    """A listening TCP server (from start_server); usable with `async with`."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        """Stop accepting connections."""
        self.state = True
        self.task.cancel()

    async def wait_closed(self):
        await self.task

    async def _serve(self, s, cb, ssl):
        self.state = False
        while True:
            try:
                yield core._io_queue.queue_read(s)
            except core.CancelledError as er:
                s.close()
                if self.state:
                    return  # closed on purpose by close()
                raise er  # cancelled from outside: propagate
            try:
                conn, addr = s.accept()
            except Exception:
                continue  # the client went away before we accepted it
            if ssl:
                try:
                    conn = ssl.wrap_socket(conn, server_side=True,
                                           do_handshake_on_connect=False)
                except OSError as e:
                    core.sys.print_exception(e)
                    conn.close()
                    continue
            conn.setblocking(False)
            stream = Stream(conn, {"peername": addr})
            core.create_task(cb(stream, stream))


async def start_server(cb, host, port, backlog=5, ssl=None):
    """Listen on (host, port); each connection runs ``cb(reader, writer)`` as a task."""
    import socket

    ai = socket.getaddrinfo(host, port)[0]
    s = socket.socket(ai[0])
    s.setblocking(False)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(ai[-1])
    s.listen(backlog)
    srv = Server()
    srv.task = core.create_task(srv._serve(s, cb, ssl))
    try:
        # Let _serve start, so it is the one to handle a later cancellation.
        await core.sleep_ms(0)
    except core.CancelledError as er:
        srv.task.cancel()
        raise er
    return srv
