# An uncaught exception from a method shows the method's frame.
class Box:
    def open(self):
        return self.lid
b = Box()
print('opening')
b.open()
