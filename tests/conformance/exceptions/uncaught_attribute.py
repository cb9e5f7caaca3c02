# An uncaught AttributeError on a None value.
def find():
    return None
find().name
