s = "Hello, MicroPython"
print(s.upper(), s.lower(), s.find("Micro"), s.replace("l", "L"))
print(s.split(", "), "-".join(["a", "b", "c"]), s.startswith("Hell"), s.endswith("x"))
print("  pad ".strip(), "x".center(5, "*"), "%03d" % 7, "abc"[::-1])
print("%5.2f|%-4d|%s|%r" % (3.14159, 42, "str", "repr"))
print("{} {:>6} {:08.3f} {:x}".format("fmt", "right", 2.5, 255))
name, n = "mote", 3
print(f"{name!r} has {n * 2} items, {n:04d}")
print(str(12), repr("q'uote"), ord("A"), chr(66))
