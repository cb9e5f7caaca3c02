# An uncaught ValueError prints a traceback with the calling frames.
def parse(s):
    return int(s)
def main():
    print('parsing')
    parse('not a number')
main()
