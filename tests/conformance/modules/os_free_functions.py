# os.sep-free checks: the os module exposes listdir and getcwd.
import os
print(callable(os.listdir), callable(os.getcwd) if hasattr(os, 'getcwd') else True)
