# OSError arguments and the errno attribute (numbers are platform-specific, so compared by name).
import errno
e = OSError(errno.ENOENT, 'No such file')
print(e.args[0] == errno.ENOENT, e.args[1], e.errno == errno.ENOENT, len(e.args))
try:
    raise OSError(errno.EAGAIN)
except OSError as e:
    print(e.errno == errno.EAGAIN, len(e.args), 'EAGAIN' in str(e))
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
print(isinstance(OSError(), Exception), OSError('msg').args)
