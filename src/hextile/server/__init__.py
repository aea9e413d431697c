"""``hextile serve``: the FastAPI server over :mod:`hextile.service` (see docs/api.md)."""
