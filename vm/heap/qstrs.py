"""Qstrs: strings interned in ROM (free) and in RAM (charged to the heap in pools).

MicroPython interns every identifier and string constant of code it compiles or loads.
The firmware's own names live in ROM; new ones go into RAM pools (py/qstr.c): a pool is a
header plus, per entry, a hash, a length and a data pointer; the first holds
``ENTRIES_INIT`` entries and each new pool twice the previous.  The characters (with a
NUL each) go into chunks of at least ``CHUNK_INIT`` bytes that grow in place.
"""

from __future__ import annotations

import builtins as _host

from vm.mpy.static_qstrs import STATIC_QSTRS

__all__ = ["QstrPool", "rom_qstrs"]

ENTRIES_INIT = 10
CHUNK_INIT = 128
_POOL_HEADER_WORDS = 5
_ENTRY_BYTES_32 = 8  # 2-byte hash, 2-byte length, 4-byte pointer

_ROM: set[str] | None = None


def rom_qstrs() -> frozenset[str] | set[str]:
    """Strings a MicroPython firmware holds in ROM: the static qstrs and every builtin
    name, type method and builtin module (and its attributes) the VM offers."""
    global _ROM
    if _ROM is None:
        rom = {s for s in STATIC_QSTRS if s is not None}
        for name in dir(_host):
            rom.add(name)
            obj = getattr(_host, name)
            if isinstance(obj, type):
                rom.update(n for n in dir(obj) if not n.startswith("_") or n.startswith("__"))
        _ROM = rom  # set first: loading the modules below makes heaps too
        rom.update(_builtin_module_names())
        # Single characters are made on the fly from a ROM table in MicroPython.
        rom.update(chr(i) for i in range(128))
    return _ROM


def _builtin_module_names() -> set[str]:
    """Names of the builtin modules and of their attributes (all in the firmware's ROM)."""
    import types
    try:
        from vm.modules import ALIASES, REGISTRY, load
    except ImportError:
        return set()
    names = set(REGISTRY) | set(ALIASES)
    for name in REGISTRY:
        try:
            mod = load(name, types.SimpleNamespace(stdout=None, heap=None))
        except Exception:  # noqa: BLE001 - a module that needs a full VM: names unknown
            continue
        names.update(mod.__dict__)
    return names


class QstrPool:
    """The RAM qstrs of one VM."""

    def __init__(self, word_bits: int = 32) -> None:
        self.word = word_bits // 8
        self.ram: dict[str, None] = {}
        self.data_bytes = 0
        self.rom = rom_qstrs()

    def is_qstr(self, s: str) -> bool:
        return s in self.rom or s in self.ram

    def intern(self, s: str) -> bool:
        """Intern ``s``; True if it was new (it is now charged to the heap)."""
        if s in self.rom or s in self.ram:
            return False
        self.ram[s] = None
        self.data_bytes += len(s.encode("utf-8", "surrogatepass")) + 1
        return True

    def intern_all(self, strings) -> int:
        n = 0
        for s in strings:
            if type(s) is str and self.intern(s):
                n += 1
        return n

    def pools(self) -> list[int]:
        """The entry count of each RAM pool, oldest first."""
        out: list[int] = []
        left = len(self.ram)
        alloc = ENTRIES_INIT
        while left > 0:
            out.append(alloc)
            left -= alloc
            alloc *= 2
        return out

    def allocations(self) -> list[int]:
        """Heap allocations (bytes) of the pools and the character chunk."""
        entry = 2 * self.word
        out = [self.word * _POOL_HEADER_WORDS + entry * n for n in self.pools()]
        if self.ram:
            out.append(max(CHUNK_INIT, self.data_bytes))
        return out

    def info(self) -> tuple[int, int, int, int]:
        """(n_pool, n_qstr, n_str_data_bytes, n_total_bytes) as ``qstr_info`` prints."""
        total = sum(self.allocations())
        return len(self.pools()), len(self.ram), self.data_bytes, total
