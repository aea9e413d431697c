/**
 * The versions drag-to-cycle steps through: Original → Pass 1 — name → … → Final.
 *
 * When the final image is the last pass's output, the last pass's step is badged "Final"
 * (N + 1 steps); when the render resizes its output, "Final" is a step of its own.
 */
import { img, type Cell, type PassRecord, type RenderInfo } from './api';

export interface Version {
  label: string;
  url: string;
}

export function passLabel(index: number, name: string): string {
  const dflt = `Pass ${index + 1}`;
  return name && name !== dflt ? `${dflt} — ${name}` : dflt;
}

function donePasses(r: RenderInfo): PassRecord[] {
  return (r.manifest?.passes ?? []).filter((p) => p.status === 'completed' && p.outputs?.panorama);
}

function finalIsOwnStep(r: RenderInfo): boolean {
  const out = (r.config as { output?: { width?: unknown; height?: unknown } }).output;
  return Boolean(out && (out.width || out.height));
}

function withFinal(r: RenderInfo, steps: Version[], finalUrl: string): Version[] {
  if (r.status !== 'completed' || steps.length < 2) return steps;
  if (finalIsOwnStep(r)) return [...steps, { label: 'Final', url: finalUrl }];
  const last = steps[steps.length - 1];
  return [...steps.slice(0, -1), { label: 'Final', url: last.url }];
}

/** Widths the 2D preview and the 360 viewer ask panoramas at (and what is preloaded for each). */
export const PREVIEW_WIDTH = 2048;
export const SPHERE_WIDTH = 4096;

/** The whole panorama at each version (2D preview and 360 viewer), `w` pixels wide. */
export function panoramaVersions(r: RenderInfo, w?: number): Version[] {
  const steps: Version[] = [{ label: 'Original', url: img.renderInput(r.id, w) }];
  for (const p of donePasses(r)) steps.push({ label: passLabel(p.index, p.name), url: img.pass(r.id, p.index, w) });
  return withFinal(r, steps, img.final(r.id, w));
}

/** Whether a pass turned its template's layout (docs/seams.md): its cells are not the template's. */
export function isRotated(p: PassRecord | undefined | null): boolean {
  const r = p?.template?.rotation;
  return !!r && [r.yaw, r.pitch, r.roll].some((a) => typeof a === 'number' && Math.abs(a) > 1e-9);
}

function layoutKey(p: PassRecord | undefined): string {
  const r = p?.template?.rotation;
  return `${p?.template?.name}|${isRotated(p) ? [r?.yaw, r?.pitch, r?.roll].join(',') : ''}`;
}

function rendered(p: PassRecord, tile: number): boolean {
  const hx = p.settings?.hextile as { rendertiles?: unknown } | undefined;
  const rt = hx?.rendertiles;
  return !Array.isArray(rt) || rt.includes(tile);
}

/**
 * Tile `tile` of pass `gridPass` at each version. "Original" is always the server's view of the
 * input at the tile's `cell` (a sequential pass cuts its tiles from a panorama that already holds
 * the earlier tiles' results, so its `tiles/` files are not the original). The passes: when every
 * pass used the grid pass's template and rendered the tile, the tiles themselves; otherwise views
 * of the same patch of the sphere (`cell`: the grid pass's own cell — for a rotated pass the
 * render's pass cells route, not the template's), so every version shows the same place.
 */
export function tileVersions(r: RenderInfo, gridPass: number, tile: number, cell: Cell | null, size = 512): Version[] {
  const done = donePasses(r);
  const grid = r.manifest?.passes[gridPass];
  const layout = layoutKey(grid);
  const sameTiles = done.every((p) => layoutKey(p) === layout && rendered(p, tile));
  // The cell not known yet: nothing to show rather than a wrong patch.
  if (!cell) return [];
  const steps: Version[] = [{ label: 'Original', url: img.view(r.id, 'input', cell, size) }];
  for (const p of done) {
    const url = sameTiles ? img.tile(r.id, p.index, tile, 'out') : img.view(r.id, `pass-${p.index}`, cell, size);
    steps.push({ label: passLabel(p.index, p.name), url });
  }
  return withFinal(r, steps, img.view(r.id, 'final', cell, size));
}
