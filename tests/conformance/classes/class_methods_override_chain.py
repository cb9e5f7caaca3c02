# A chain of overrides each calling super().
class A:
    def steps(self):
        return ['A']
class B(A):
    def steps(self):
        return super().steps() + ['B']
class C(B):
    def steps(self):
        return super().steps() + ['C']
print(C().steps(), B().steps())
