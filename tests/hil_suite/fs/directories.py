import os

os.mkdir("hil_dir")
for name in ("b.txt", "a.txt"):
    with open("hil_dir/" + name, "w") as f:
        f.write(name)
print(sorted(os.listdir("hil_dir")))
print("hil_dir" in os.listdir())
print(os.stat("hil_dir")[0] & 0x4000 != 0)
for name in os.listdir("hil_dir"):
    os.remove("hil_dir/" + name)
os.rmdir("hil_dir")
print("hil_dir" in os.listdir())
