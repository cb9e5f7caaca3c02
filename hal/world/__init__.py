"""The simulated world that devices share: its clock (clock.py)."""
