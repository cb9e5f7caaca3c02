# __new__ controls instance creation.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print('creating')
            cls._inst = super().__new__(cls)
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b)
