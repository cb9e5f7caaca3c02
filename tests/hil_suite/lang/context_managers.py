class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


with Ctx("a") as c:
    print("body", c.name)
with Ctx("b"):
    raise KeyError("swallowed")
try:
    with Ctx("c"):
        raise ValueError("kept")
except ValueError:
    print("propagated")
