"""Suite-wide settings.

Under CI (the ``CI`` environment variable set, as `.ci/run` does) hypothesis runs derandomized:
the same examples every run, so a landed change cannot fail later on a newly drawn one.  Local
runs keep drawing fresh examples, which is where new counterexamples are found.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
