# float() parsing strings.
print(float('1.5'), float(' -2.25 '), float('1e3'), float('.5'), float('5.'))
print(float('inf'), float('-INF'), float('nan'), float('1_0.5'))
for bad in ('', 'x', '1.2.3'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
