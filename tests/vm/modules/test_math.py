"""math and cmath agree with the real MicroPython, results and error texts alike."""

from tests.vm.modules.differential import compare

MATH = [
    "math.sqrt(2)", "math.sqrt(-1)", "math.sqrt('a')", "math.log(0)", "math.log(-1)",
    "math.log(8, 2)", "math.log(100, 10)", "math.log2(8)", "math.log10(1000)", "math.exp(1)",
    "math.exp(1000)", "math.pow(2, 0.5)", "math.pow(10, 400)", "math.fmod(5, 0)",
    "math.fmod(7.5, 2)", "math.floor(1.5)", "math.floor(-1.5)", "math.ceil(1.2)",
    "math.floor(float('inf'))", "math.ceil(float('nan'))", "math.trunc(-1.5)",
    "math.frexp(8.0)", "math.ldexp(1.0, 3)", "math.modf(1.5)", "math.modf(-2.25)",
    "math.copysign(1, -0.0)", "math.degrees(1)", "math.radians(180)", "math.atan2(1, 1)",
    "math.isclose(1, 1.0000001)", "math.isclose(1, 1.0000000001)", "math.isfinite(1e308)",
    "math.isinf(float('-inf'))", "math.isnan(float('nan'))", "math.erf(1)", "math.erfc(1)",
    "math.gamma(5)", "math.lgamma(5)", "math.acos(2)", "math.asin(0.5)", "math.atan(1)",
    "math.acosh(2)", "math.asinh(1)", "math.atanh(0.5)", "math.atanh(1)", "math.cosh(1)",
    "math.sinh(1)", "math.tanh(1)", "math.expm1(1e-5)", "math.fabs(-3)", "math.factorial(10)",
    "math.factorial(-1)", "math.factorial(2.0)", "math.sin(math.pi / 6)", "math.tan(1)",
    "math.pi", "math.e", "math.tau", "math.inf", "math.isclose(1, 2, rel_tol=-1)",
    "math.floor(True)", "math.sqrt(10**20)",
]

CMATH = [
    "cmath.sqrt(-1)", "cmath.sqrt(4)", "cmath.sqrt(1+2j)", "cmath.phase(1j)",
    "cmath.phase(-1)", "cmath.polar(1j)", "cmath.polar(3+4j)", "cmath.rect(1, 0)",
    "cmath.rect(2, 1)", "cmath.exp(1j)", "cmath.exp(1+1j)", "cmath.log(1j)",
    "cmath.log(10)", "cmath.log10(10)", "cmath.log10(1j)", "cmath.cos(1j)",
    "cmath.sin(1+1j)", "cmath.cos(2)", "cmath.sqrt('x')",
]


def test_math_matches_the_real_vm():
    assert compare("math", MATH) == []


def test_cmath_matches_the_real_vm():
    import math
    assert compare("cmath", CMATH, env={"math": math}) == []
