# bool() conversions.
print(bool(), bool(0), bool(1), bool(-1), bool(''), bool(' '), bool([]), bool([[]]))
print(bool(0.0), bool(1e-300), bool(None), bool(()), bool(range(0)), bool(range(1)))
