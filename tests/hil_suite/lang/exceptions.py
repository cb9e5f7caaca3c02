class AppError(Exception):
    pass


def risky(n):
    if n == 0:
        raise AppError("zero")
    return 10 // n


for n in (2, 0, "x"):
    try:
        print("ok", risky(n))
    except AppError as e:
        print("app error", e)
    except TypeError:
        print("type error")
    finally:
        print("finally", n)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped " + e.args[0])
except ValueError as e:
    print("caught", e)
print(isinstance(AppError(), Exception))
