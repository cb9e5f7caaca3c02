# for/else with and without break.
def search(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
search([4, 5, 6], 5)
search([4, 5, 6], 7)
search([], 1)
