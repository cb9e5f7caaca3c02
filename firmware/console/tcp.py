"""A TCP console: the device's REPL on a loopback port (one client at a time).

Bytes are passed through unchanged (no telnet negotiation), so ``socket://host:port``
in pyserial, ``nc`` or a test's socket all speak the REPL protocols directly.  While no
client is connected, output is dropped, as a UART with nothing on the wire would.
"""

from __future__ import annotations

import socket
import threading

from firmware.console.base import Console

__all__ = ["TcpConsole"]


class TcpConsole(Console):
    """A console listening on ``host:port`` (port 0 picks a free one)."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        super().__init__()
        self._server = socket.create_server((host, port))
        self._server.settimeout(0.25)
        self.host, self.port = self._server.getsockname()[:2]
        self.where = f"tcp:{self.host}:{self.port}"
        self._client: socket.socket | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="mote-tcp", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _serve(self) -> None:
        while not self._closing:
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            client.settimeout(0.25)
            self._client = client
            try:
                while not self._closing:
                    try:
                        data = client.recv(4096)
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                    if not data:
                        break
                    self.feed(data)
            finally:
                self._client = None
                client.close()
        self.feed_eof()

    def _send(self, data: bytes) -> None:
        client = self._client
        if client is None:
            return
        try:
            client.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self._closing = True
        self._server.close()
        if self._thread.is_alive():
            self._thread.join(1.0)
        super().close()
