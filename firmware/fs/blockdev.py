"""Flash block devices for littlefs: a plain one and one that loses power.

:class:`FlashBlockDevice` is littlefs-python's context protocol (``read``, ``prog``,
``erase``, ``sync``) over a bytearray, counting program and erase operations.
:class:`PowerCutDevice` stops after a given number of those operations, like littlefs's
own power-loss test suite: the operation that would cross the limit never happens, nor
does any later one (each fails with ``LFS_ERR_IO``, so littlefs unwinds with an error
instead of a Python exception it cannot propagate), and :attr:`snapshot` keeps the flash
exactly as it was when the power went.
"""

from __future__ import annotations

LFS_ERR_IO = -5


class PowerCut(Exception):
    """The emulated flash lost power (raised by code driving a :class:`PowerCutDevice`)."""


class FlashBlockDevice:
    """A bytearray seen as flash; ``ops`` counts program and erase operations."""

    def __init__(self, block_size: int, block_count: int, data: bytes | None = None):
        size = block_size * block_count
        if data is not None and len(data) != size:
            raise ValueError(f"image is {len(data)} bytes, geometry needs {size}")
        self.block_size = block_size
        self.block_count = block_count
        self.buffer = bytearray(data) if data is not None else bytearray(b"\xff" * size)
        self.ops = 0

    # littlefs-python context protocol
    def read(self, cfg, block: int, off: int, size: int) -> bytearray:
        start = block * self.block_size + off
        return self.buffer[start:start + size]

    def prog(self, cfg, block: int, off: int, data: bytes) -> int:
        if not self._operation():
            return LFS_ERR_IO
        start = block * self.block_size + off
        self.buffer[start:start + len(data)] = data
        return 0

    def erase(self, cfg, block: int) -> int:
        if not self._operation():
            return LFS_ERR_IO
        start = block * self.block_size
        self.buffer[start:start + self.block_size] = b"\xff" * self.block_size
        return 0

    def sync(self, cfg) -> int:
        return 0

    def _operation(self) -> bool:
        """Count one program/erase; False if the flash has no power for it."""
        self.ops += 1
        return True


class PowerCutDevice(FlashBlockDevice):
    """Loses power before its ``cut_after + 1``-th program/erase operation."""

    def __init__(self, block_size: int, block_count: int, data: bytes | None = None,
                 cut_after: int = 0):
        super().__init__(block_size, block_count, data)
        self.cut_after = cut_after
        self.snapshot: bytes | None = None

    @property
    def cut(self) -> bool:
        return self.snapshot is not None

    def _operation(self) -> bool:
        if self.snapshot is None and self.ops >= self.cut_after:
            self.snapshot = bytes(self.buffer)
        if self.snapshot is not None:
            return False
        return super()._operation()
