"""Publishers: one module per network behind the seam in ``base``."""
