# MicroPython's os.ilistdir: (name, type, inode[, size]) tuples; 0x4000 dir, 0x8000 file.
import os

os.mkdir("hil_il")
with open("hil_il/f.bin", "wb") as f:
    f.write(b"12345")
os.mkdir("hil_il/sub")
for entry in sorted(os.ilistdir("hil_il")):
    print(entry[0], hex(entry[1]), entry[3] if entry[1] == 0x8000 else "-")
os.remove("hil_il/f.bin")
os.rmdir("hil_il/sub")
os.rmdir("hil_il")
