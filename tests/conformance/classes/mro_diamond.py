# A diamond hierarchy: which method wins and how super() chains.
class Base:
    def hello(self):
        return ['Base']
class L(Base):
    def hello(self):
        return ['L'] + super().hello()
class R(Base):
    def hello(self):
        return ['R'] + super().hello()
class D(L, R):
    def hello(self):
        return ['D'] + super().hello()
print(D().hello())
print(L().hello(), R().hello())
