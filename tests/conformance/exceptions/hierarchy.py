# The builtin exception hierarchy as MicroPython defines it.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
         (ValueError, Exception), (UnicodeError, ValueError), (TypeError, Exception),
         (NotImplementedError, RuntimeError), (StopIteration, Exception),
         (OSError, Exception), (Exception, BaseException), (KeyboardInterrupt, BaseException),
         (SystemExit, BaseException), (GeneratorExit, BaseException),
         (KeyboardInterrupt, Exception), (AssertionError, Exception), (ImportError, Exception),
         (AttributeError, Exception), (NameError, Exception), (MemoryError, Exception),
         (EOFError, Exception), (RuntimeError, Exception), (SyntaxError, Exception),
         (IndentationError, SyntaxError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
