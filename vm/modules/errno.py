"""``errno``: MicroPython's error numbers.

The values are MicroPython's ``mperrno.h`` numbering, which on every port equals Linux's
(a bare-metal board and the unix port agree).  ``errorcode`` maps number -> name, which the
VM also uses to print ``OSError: [Errno 2] ENOENT``.
"""

from vm.native import NativeModule

module = NativeModule("errno")

# The set MicroPython exposes (MICROPY_PY_ERRNO_ERRORCODE list), Linux numbering.
CODES = {
    "EPERM": 1, "ENOENT": 2, "EIO": 5, "EBADF": 9, "EAGAIN": 11, "ENOMEM": 12,
    "EACCES": 13, "EEXIST": 17, "ENODEV": 19, "EISDIR": 21, "EINVAL": 22,
    "EOPNOTSUPP": 95, "EADDRINUSE": 98, "ECONNABORTED": 103, "ECONNRESET": 104,
    "ENOBUFS": 105, "ENOTCONN": 107, "ETIMEDOUT": 110, "ECONNREFUSED": 111,
    "EHOSTUNREACH": 113, "EALREADY": 114, "EINPROGRESS": 115,
}

for _name, _value in CODES.items():
    module.constant(_name, _value)

#: number -> name; shared with the VM's OSError formatting.
ERRORCODE = {value: name for name, value in CODES.items()}
module.constant("errorcode", dict(ERRORCODE))
