import os

with open("hil_old.txt", "w") as f:
    f.write("x")
os.rename("hil_old.txt", "hil_new.txt")
print("hil_old.txt" in os.listdir(), "hil_new.txt" in os.listdir())
try:
    open("hil_missing.txt")
except OSError as e:
    print("OSError", e.args[0])
os.remove("hil_new.txt")
try:
    os.remove("hil_new.txt")
except OSError as e:
    print("OSError", e.args[0])
