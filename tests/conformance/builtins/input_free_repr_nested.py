# repr() of recursive-free nested structures with strings needing escapes.
print(repr(['a\nb', ("c'd",), {'e': b'\xff'}]))
