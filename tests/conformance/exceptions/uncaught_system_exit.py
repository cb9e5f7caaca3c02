# sys.exit with an integer stops the program without a traceback.
import sys
print('exiting')
sys.exit(3)
print('not reached')
