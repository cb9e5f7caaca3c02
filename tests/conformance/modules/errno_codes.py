# errno names and errorcode lookups (numbers differ between ports, names do not).
import errno
for name in ('ENOENT', 'EINVAL', 'EAGAIN', 'EEXIST', 'EIO', 'ENODEV', 'ETIMEDOUT', 'EPERM'):
    code = getattr(errno, name)
    print(name, errno.errorcode[code] == name)
