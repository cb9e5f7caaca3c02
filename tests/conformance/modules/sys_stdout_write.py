# sys.stdout.write returns the number of characters and writes without a newline.
import sys
n = sys.stdout.write('abc')
sys.stdout.write('\n')
print(n)
