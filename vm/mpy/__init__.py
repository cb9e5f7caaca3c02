"""The .mpy v6.3 container: ``reader.load``/``read``, ``writer.dump``, ``validate.validate``.

``format`` holds the file's constants, ``static_qstrs`` MicroPython's fixed qstr numbers,
``numrepr`` the way numbers are spelled in the file.
"""
