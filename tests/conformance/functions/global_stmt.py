# global declares module-level names inside functions.
x = 1
def read():
    return x
def write():
    global x
    x = 2
def create():
    global newname
    newname = 'created'
print(read())
write()
print(read(), x)
create()
print(newname)
