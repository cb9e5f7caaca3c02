"""``hashlib``: sha256, sha1 and md5 hash objects with MicroPython's API (update, digest).

MicroPython's hash objects have no ``hexdigest``; ``digest()`` may be called once the
hash is final and further ``update()`` raises (as on the real port).  The unix port with
SSL enabled provides all three algorithms; a board's feature flags may drop sha1/md5.
"""

import hashlib as _host

from vm.native import NativeModule

module = NativeModule("hashlib")


class _Hash:
    _algorithm = ""

    def __init__(self, data=None):
        self._h = _host.new(self._algorithm)
        self._final = False
        if data is not None:
            self.update(data)

    def update(self, data):
        if self._final:
            raise ValueError("hash is final")
        if isinstance(data, str):
            data = data.encode()
        elif not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("object with buffer protocol required")
        self._h.update(bytes(data))

    def digest(self):
        self._final = True
        return self._h.digest()


@module.type
class sha256(_Hash):
    _algorithm = "sha256"


@module.type
class sha1(_Hash):
    _algorithm = "sha1"


@module.type
class md5(_Hash):
    _algorithm = "md5"
