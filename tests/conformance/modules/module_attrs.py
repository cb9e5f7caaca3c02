# Module objects have __name__ and their functions.
import json, struct
print(json.__name__, struct.__name__, hasattr(json, 'dumps'), type(json).__name__)
