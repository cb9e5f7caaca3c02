# json.loads rejects malformed documents with ValueError.
import json
for doc in ('', '[1,', '{"a" 1}', 'tru', '"unterminated'):
    try:
        json.loads(doc)
        print('accepted', repr(doc))
    except ValueError:
        print('ValueError', repr(doc))
