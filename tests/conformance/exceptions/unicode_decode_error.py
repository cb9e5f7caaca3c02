# Decoding invalid UTF-8 raises UnicodeError.
try:
    b'\xff\xfe'.decode()
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
