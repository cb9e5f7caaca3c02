# repr() of strings with control characters and non-ASCII text.
for s in ('\x00', '\x7f', '\t\r\n', '\\', 'é', '\u2603', "'", '"', '\'"'):
    print(repr(s))
