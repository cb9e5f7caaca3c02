# SystemExit carries its code in args.
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.args, e.value if hasattr(e, 'value') else '-')
import sys
try:
    sys.exit('bye')
except SystemExit as e:
    print(repr(e))
