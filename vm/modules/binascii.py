"""``binascii``: hex and base64 conversions and crc32, with MicroPython's errors."""

import base64
import binascii as _host
import re

from vm.native import NativeModule

module = NativeModule("binascii")

_HEX = re.compile(rb"^[0-9a-fA-F]*$")
_B64_CHARS = re.compile(rb"[^A-Za-z0-9+/=]")


def _buffer(data, what="object with buffer protocol required"):
    if isinstance(data, str):
        return data.encode()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(what)


@module.function
def hexlify(data, sep=None):
    data = _buffer(data)
    if sep is None:
        return _host.hexlify(data)
    sep = _buffer(sep)
    return sep.join(b"%02x" % b for b in data)


@module.function
def unhexlify(data):
    data = _buffer(data)
    if len(data) % 2 or not _HEX.match(data):
        raise ValueError("non-hex digit")
    return bytes.fromhex(data.decode())


@module.function
def a2b_base64(data):
    # MicroPython skips characters outside the alphabet and checks padding.
    data = _B64_CHARS.sub(b"", _buffer(data))
    stripped = data.rstrip(b"=")
    if b"=" in stripped or len(data) % 4:
        raise ValueError("incorrect padding")
    try:
        return base64.b64decode(data, validate=True)
    except (ValueError, _host.Error):
        raise ValueError("incorrect padding") from None


@module.function
def b2a_base64(data, *, newline=True):
    out = base64.b64encode(_buffer(data))
    return out + b"\n" if newline else out


@module.function
def crc32(data, value=0):
    return _host.crc32(_buffer(data), value & 0xFFFFFFFF)
