# str.format specs: width, alignment, fill, sign, precision, types.
print('[{:5}] [{:<5}] [{:>5}] [{:^5}] [{:*^7}]'.format(1, 2, 3, 4, 5))
print('[{:5}] [{:>5}] [{:^6}]'.format('ab', 'ab', 'ab'))
print('{:+d} {: d} {:d} {:05d} {:,}'.format(3, 3, -3, -42, 1234567))
print('{:x} {:X} {:o} {:b} {:#x} {:#b}'.format(255, 255, 8, 5, 255, 5))
print('{:.3f} {:10.2f} {:e} {:.2e} {:g} {:%}'.format(3.14159, 2.5, 1234.5, 0.000123, 1e-7, 0.25))
print('{:08.3f} {:<8.2f}|'.format(-3.14159, 1.5))
