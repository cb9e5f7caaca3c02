# An uncaught NameError for a misspelled name.
value = 1
print(valeu)
