"""Diffusion families (SDXL, SD 3.5, FLUX.1, SD 1.5, SD 2.1) on top of diffusers.

The package is cheap to import: diffusers is imported only when a model is loaded. Specs are
declared in :mod:`hextile.pipelines.diffusion_specs`; the shared tile pipeline is in
:mod:`.common`, family specifics in :mod:`.sd1`, :mod:`.sdxl`, :mod:`.sd3`, :mod:`.flux`.
"""
