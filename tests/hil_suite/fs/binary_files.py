data = bytes(range(256)) * 4
with open("hil_bin.dat", "wb") as f:
    f.write(data)
with open("hil_bin.dat", "rb") as f:
    back = f.read()
    f.seek(10)
    print(f.read(3), f.tell())
print(back == data, len(back))
import os
print(os.stat("hil_bin.dat")[6])
os.remove("hil_bin.dat")
