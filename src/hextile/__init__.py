"""hextile: restyle 360° equirectangular panoramas tile by tile over the whole sphere, in chained passes."""

__version__ = "0.1.0"
