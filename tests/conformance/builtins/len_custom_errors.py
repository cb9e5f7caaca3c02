# len() result checks for custom classes.
class Big:
    def __len__(self):
        return 3
print(len(Big()), len([Big()]))
