with open("hil_wr.txt", "w") as f:
    print(f.write("line one\n"), f.write("line two\n"))
with open("hil_wr.txt") as f:
    print(f.readline().strip())
    print(f.read())
with open("hil_wr.txt", "a") as f:
    f.write("three\n")
print(open("hil_wr.txt").read().splitlines())
import os
os.remove("hil_wr.txt")
