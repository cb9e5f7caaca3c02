# printf-style % formatting.
print('%d %i %s %r' % (42, -7, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%.2f %8.3f %-8.1f| %e %g %g' % (3.14159, 2.5, 1.25, 12345.678, 0.0001, 1e20))
print('%c%c' % (65, 'b'), '%%', '%s' % [1, 2], '%s' % (1,))
print('%(a)s and %(b)d' % {'a': 'x', 'b': 3})
print('%*d|%-*d|' % (5, 1, 4, 2))
