# print() to sys.stdout and sys.stderr via the file argument.
import sys
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('back to stdout')
sys.stdout.write('written directly\n')
