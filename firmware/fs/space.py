"""The flash's capacity, enforced on the host folder that mirrors it while the device runs.

The VM's files live in a host directory (firmware/device.py) that is written back into the
board's littlefs image.  `FlashSpace` makes that directory as full as the flash would be:
``os.statvfs`` reports the littlefs geometry (block size, block count, free blocks), and a
write that would not fit fails with ``OSError(ENOSPC)`` (errno 28), as on the real board.

Blocks in use are counted the way littlefs v2 lays files out:

* the superblock shares the root directory's metadata pair (2 blocks);
* every directory is a metadata pair, split into more pairs as its entries grow;
* a file no larger than ``block_size // 8`` is inlined in its directory's metadata;
  a larger one is a CTZ skip-list: block ``i`` (i >= 1) gives up ``4 * (ctz(i) + 1)``
  bytes to back-pointers;
* rewriting a file keeps its old blocks until the new contents are committed (littlefs
  is copy-on-write, and the device writes a file back through a temporary name), so a
  file being written counts with its old and its new size.

tests/firmware/test_fs_space.py checks the count against littlefs's own
``used_block_count`` (never below it, at most a few blocks above).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

__all__ = ["NAME_MAX", "FlashSpace", "file_blocks"]

#: littlefs's LFS_NAME_MAX, which MicroPython's statvfs reports as f_namemax.
NAME_MAX = 255

#: Bytes of metadata an entry takes besides its name (name, struct and create tags).
_ENTRY_OVERHEAD = 12
#: Bytes of a CTZ file's struct (head block and size).
_CTZ_STRUCT = 8


def file_blocks(size: int, block_size: int) -> int:
    """Data blocks littlefs uses for a file of `size` bytes (0 when inlined)."""
    if size <= block_size // 8:
        return 0
    blocks, room = 0, 0
    while room < size:
        room += block_size if blocks == 0 else \
            block_size - 4 * ((blocks & -blocks).bit_length())
        blocks += 1
    return blocks


class FlashSpace:
    """Capacity accounting for the mirror directory `root` of a littlefs flash."""

    def __init__(self, root: Path | str, block_size: int, block_count: int) -> None:
        self.root = Path(root)
        self.block_size = block_size
        self.block_count = block_count

    # ## Counting

    def _dir_blocks(self, entry_bytes: int) -> int:
        # A metadata pair is compacted, then split, as its log fills: plan on 3/4 of a
        # block of entries per pair.
        per_pair = self.block_size * 3 // 4
        return 2 * max(1, -(-entry_bytes // per_pair))

    def used_blocks(self, sizes: dict[str, int] | None = None) -> int:
        """Blocks in use for the mirror as it is, with `sizes` (host path -> size)
        overriding the size of files being written."""
        sizes = sizes or {}
        total = 0
        for top, dirs, names in os.walk(self.root):
            entry_bytes = 32 if top == str(self.root) else 0  # the superblock entry
            for d in dirs:
                entry_bytes += _ENTRY_OVERHEAD + len(d) + _CTZ_STRUCT
            for n in names:
                path = os.path.join(top, n)
                try:
                    size = sizes.get(path, os.path.getsize(path))
                except OSError:
                    continue
                blocks = file_blocks(size, self.block_size)
                total += blocks
                entry_bytes += _ENTRY_OVERHEAD + len(n) + (size if not blocks else _CTZ_STRUCT)
            total += self._dir_blocks(entry_bytes)
        return total

    # ## What the VM sees

    def statvfs(self) -> tuple[int, ...]:
        """``os.statvfs`` of the littlefs mount, as MicroPython reports it."""
        free = max(0, self.block_count - self.used_blocks())
        bs = self.block_size
        return (bs, bs, self.block_count, free, free, 0, 0, 0, 0, NAME_MAX)

    def opened(self, host_path: str) -> int:
        """Call before a file is opened for writing: its committed size (kept in use
        until the new contents replace it)."""
        try:
            return os.path.getsize(host_path)
        except OSError:
            return 0

    def check_write(self, host_file, host_path: str, committed: int, n: int) -> None:
        """Raise OSError(ENOSPC) unless writing `n` more bytes at the file's position fits
        (the file's old contents, `committed` bytes, still count until it is closed)."""
        if n <= 0:
            return
        try:
            host_file.flush()
            pos = host_file.tell()
            size = max(os.path.getsize(host_path), pos + n)
        except (OSError, ValueError):
            return
        used = self.used_blocks({host_path: size}) + file_blocks(committed, self.block_size)
        if used > self.block_count:
            raise OSError(errno.ENOSPC)
