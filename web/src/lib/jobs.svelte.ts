/** Renders: start, follow live over SSE (reattaching after a reload), cancel, resume, history. */
import { api, img, type RenderInfo } from './api';
import { type Config, forRender, type Json, MAX_PASSES, placeError } from './config';
import { isRotated, panoramaVersions, PREVIEW_WIDTH, SPHERE_WIDTH, tileVersions } from './versions';
import { app, cellsKey, loadCells, notify, reportError, save } from './state.svelte';

const KINDS = [
  'render.start', 'render.end', 'render.failed', 'render.cancelled',
  'pass.start', 'pass.end', 'pass.skipped', 'pass.failed', 'pass.cancelled',
  'tile.start', 'tile.end', 'step', 'warning', 'info',
  'job.queued', 'job.started', 'job.status', 'queue.position',
];
const END_KINDS = new Set(['render.end', 'render.failed', 'render.cancelled']);
export const ACTIVE_STATUSES = new Set(['queued', 'running']);
export const TERMINAL_STATUSES = new Set(['completed', 'failed', 'cancelled', 'interrupted']);
export const RESUMABLE_STATUSES = new Set(['cancelled', 'failed', 'interrupted']);

let source: EventSource | null = null;
let queueSource: EventSource | null = null;
/** The last event seen of the followed job: a new EventSource continues after it. */
let lastSeq = 0;

interface EventData {
  kind: string;
  seq?: number;
  status?: string | null;
  queue_position?: number | null;
  pass_index: number | null;
  pass_count: number;
  pass_name: string;
  tile: number | null;
  tile_index: number;
  tile_count: number;
  step: number;
  steps: number;
  pass_fraction: number;
  overall_fraction: number;
  eta_s: number | null;
  message: string;
  data?: { status?: string; queue_position?: number; queued?: string[]; running?: string[] };
}

export function isActive(r: RenderInfo | null): boolean {
  return !!r && ACTIVE_STATUSES.has(r.status);
}

/**
 * Preload every image drag-to-cycle can show, so a step is a swap, not a download. Kept for the
 * render on show only (forgetPreloaded); the browser's cache keeps the rest.
 */
const preloaded = new Map<string, HTMLImageElement>();

function forgetPreloaded(): void {
  preloaded.clear();
}

export function preload(urls: string[]): Promise<void>[] {
  return urls.map((url) => {
    let im = preloaded.get(url);
    if (!im) {
      im = new Image();
      im.decoding = 'async';
      im.src = url;
      preloaded.set(url, im);
    }
    const el = im;
    return el.decode().catch(() => undefined);
  });
}

/** The pass the tile grid shows for `r`: the chosen one, at most the last. */
export function gridPassOf(r: RenderInfo): number {
  return Math.min(app.gridPass, Math.max(0, (r.manifest?.passes.length ?? 1) - 1));
}

/**
 * Preload every version of every tile of pass `k` (what drag-to-cycle in the tile grid shows)
 * once the render has ended and the server renders nothing else: the views are cut by the
 * server, which should not compete with a render. Called when a render arrives, whichever view
 * is open, and by the grid when another pass is chosen.
 */
export async function preloadTileVersions(r: RenderInfo, k: number): Promise<void> {
  const record = r.manifest?.passes[k];
  if (!record || record.status !== 'completed' || isActive(r) || app.queue.running > 0) return;
  const cells = await loadCells(cellsKey(r.id, k, isRotated(record), record.template?.name ?? ''));
  const urls: string[] = [];
  for (const n of tilesFromManifest(r)[k] ?? []) {
    urls.push(...tileVersions(r, k, n, cells.find((c) => c.number === n) ?? null).map((v) => v.url));
  }
  if (urls.length && urls.length < 600) await Promise.all(preload(urls));
}

function tilesFromManifest(r: RenderInfo): Record<number, number[]> {
  const done: Record<number, number[]> = {};
  for (const p of r.manifest?.passes ?? []) {
    if (p.status === 'completed') {
      const rt = (p.settings?.hextile as { rendertiles?: unknown } | undefined)?.rendertiles;
      const n = p.template?.tiles ?? 0;
      done[p.index] = Array.isArray(rt) ? (rt as number[]) : Array.from({ length: n }, (_, i) => i + 1);
    }
  }
  return done;
}

export async function refreshRender(id: string): Promise<RenderInfo | null> {
  try {
    const r = await api.render(id);
    if (app.render && app.render.id !== id) return r;
    app.render = r;
    const fromManifest = tilesFromManifest(r);
    for (const [k, v] of Object.entries(fromManifest)) app.tilesDone[Number(k)] = v;
    if (!isActive(r)) app.busy = false;
    // Every view's versions, whichever is open: switching views and cycling at once is a swap,
    // not a download (the 360 viewer's texture loader then finds them in the HTTP cache).
    for (const w of [PREVIEW_WIDTH, SPHERE_WIDTH]) void Promise.all(preload(panoramaVersions(r, w).map((v) => v.url)));
    void preloadTileVersions(r, gridPassOf(r));
    return r;
  } catch (e) {
    reportError(e);
    return null;
  }
}

/** How often the 2D view asks for a new live-preview frame (the server writes one every 2 s). */
const LIVE_INTERVAL_MS = 2000;
let lastLiveFrame = 0;

/** A new live-preview frame of render `id` once a tile has finished, at most every LIVE_INTERVAL_MS. */
function nextLiveFrame(id: string): void {
  const now = Date.now();
  if (app.live?.id === id && now - lastLiveFrame < LIVE_INTERVAL_MS) return;
  lastLiveFrame = now;
  app.live = { id, frame: app.live?.id === id ? app.live.frame + 1 : 1 };
}

function onEvent(id: string, ev: EventData): void {
  if (app.render?.id !== id) return;
  if (typeof ev.seq === 'number') lastSeq = Math.max(lastSeq, ev.seq);
  if (ev.kind.startsWith('job.') || ev.kind === 'queue.position') {
    const status = ev.status ?? ev.data?.status;
    if (status) app.render.status = status;
    if (ev.kind === 'job.started') app.render.status = 'running';
    const pos = ev.queue_position !== undefined ? ev.queue_position : ev.data?.queue_position;
    if (pos !== undefined) app.render.queue_position = pos;
    if (ev.kind === 'job.status' && status && TERMINAL_STATUSES.has(status)) void finish(id);
    return;
  }
  if (ev.kind === 'warning') notify(`warning: ${ev.message}`);
  if (ev.pass_index !== null && ev.pass_index !== undefined) {
    app.progress = {
      passIndex: ev.pass_index,
      passCount: ev.pass_count,
      passName: ev.pass_name,
      tile: ev.kind === 'tile.start' || ev.kind === 'step' ? ev.tile : (app.progress?.tile ?? null),
      tileIndex: ev.tile_index,
      tileCount: ev.tile_count,
      step: ev.step,
      steps: ev.steps,
      passFraction: ev.pass_fraction,
      overallFraction: ev.overall_fraction,
      etaS: ev.eta_s,
      message: ev.message,
    };
    if (ev.kind === 'pass.start') app.gridPass = ev.pass_index;
  } else if (app.progress) {
    app.progress.overallFraction = ev.overall_fraction;
    app.progress.etaS = ev.eta_s;
  }
  if (ev.kind === 'render.start' || ev.kind === 'pass.start' || ev.kind === 'tile.start') app.render.status = 'running';
  if (ev.kind === 'tile.end' && ev.pass_index !== null && ev.tile !== null) {
    const list = app.tilesDone[ev.pass_index] ?? [];
    if (!list.includes(ev.tile)) app.tilesDone[ev.pass_index] = [...list, ev.tile];
    nextLiveFrame(id);
  }
  if (ev.kind === 'pass.end' || ev.kind === 'pass.skipped') {
    if (app.progress) app.progress.tile = null;
    app.live = null; // the finished pass's own image, not the last partial frame
    void refreshRender(id);
  }
  if (END_KINDS.has(ev.kind) && app.progress) {
    app.progress.tile = null;
    if (ev.kind === 'render.end') app.progress.passFraction = app.progress.overallFraction = 1;
  }
}

async function finish(id: string): Promise<void> {
  source?.close();
  source = null;
  const r = await refreshRender(id);
  if (r && isActive(r)) {
    // An old end replayed from the job's history (it was resumed since): keep following.
    follow(id, lastSeq);
    return;
  }
  app.busy = false;
  if (r?.status === 'failed') notify(`render failed: ${r.manifest?.error ?? 'see the server log'}`, 0);
  void refreshHistory();
}

/** Follow a job's events; `after` skips those already seen (0 = replay from the start). */
export function follow(id: string, after = 0): void {
  source?.close();
  lastSeq = after;
  const es = new EventSource(`/api/renders/${id}/events${after ? `?after=${after}` : ''}`);
  source = es;
  for (const kind of KINDS) {
    es.addEventListener(kind, (m) => {
      try {
        const data = JSON.parse((m as MessageEvent<string>).data) as EventData;
        onEvent(id, { ...data, kind: data.kind ?? kind });
      } catch {
        // a malformed message is skipped; the next one carries the full state again
      }
    });
  }
}

/** Show a render (from history, or after a reload) and follow it when it is still going. */
export async function openRender(id: string): Promise<void> {
  source?.close();
  source = null;
  app.render = null;
  app.progress = null;
  app.tilesDone = {};
  app.live = null;
  app.gridPass = MAX_PASSES; // the last pass (gridPassOf clamps) while the render loads
  forgetPreloaded();
  app.render = { id, status: 'loading', input_id: '', manifest: null, config: { passes: [] } };
  const r = await refreshRender(id);
  if (!r) {
    app.render = null;
    save();
    return;
  }
  app.gridPass = Math.max(0, (r.manifest?.passes.length ?? 1) - 1);
  if (isActive(r)) {
    app.busy = true;
    follow(id);
  }
  save();
}

export async function startRender(): Promise<void> {
  if (!app.config || !app.input) return;
  const { config, passMap } = forRender(app.config, app.multiPass, app.active);
  app.busy = true;
  try {
    const v = await api.validate(config);
    app.errors = v.errors.map((e) => placeError(e, passMap));
    if (!v.ok) {
      notify(`${v.errors.length} setting${v.errors.length === 1 ? '' : 's'} to fix before rendering`);
      app.busy = false;
      return;
    }
    const job = await api.startRender(app.input.id, config);
    app.progress = null;
    app.tilesDone = {};
    app.gridPass = 0;
    app.live = null;
    forgetPreloaded();
    app.render = { id: job.id, status: job.status, input_id: app.input.id, manifest: null, config, queue_position: job.queue_position };
    save();
    follow(job.id);
    void refreshRender(job.id);
    void refreshHistory();
  } catch (e) {
    reportError(e, passMap);
    app.busy = false;
  }
}

export async function cancelRender(): Promise<void> {
  if (!app.render) return;
  try {
    await api.cancel(app.render.id);
    notify('cancelling…');
  } catch (e) {
    reportError(e);
  }
}

/**
 * Resume the render on show. Settings unchanged since it started: the same render continues from
 * its first unfinished pass. Settings edited: a new render (its parent's finished passes reused
 * up to the first changed one).
 */
export async function resumeRender(): Promise<void> {
  if (!app.render) return;
  const previous = app.render.id;
  let edited: Json | undefined;
  if (app.config) {
    const { config } = forRender(app.config, app.multiPass, app.active);
    if (JSON.stringify(config) !== JSON.stringify(app.render.config)) edited = config;
  }
  try {
    const job = await api.resume(previous, edited);
    app.busy = true;
    app.live = null; // no frame of the run that stopped
    const id = job.id;
    if (id !== previous) {
      app.progress = null;
      app.tilesDone = {};
      notify('resuming with the edited settings: a new render that reuses the unchanged passes');
    }
    app.render = { ...app.render, id, status: job.status, config: edited ? (edited as Config) : app.render.config };
    save();
    follow(id, id === previous ? lastSeq : 0);
    void refreshRender(id);
    void refreshHistory();
  } catch (e) {
    reportError(e);
  }
}

export async function refreshHistory(): Promise<void> {
  try {
    app.history = await api.renders(40);
    app.queue = {
      running: app.history.filter((h) => h.status === 'running').length,
      queued: app.history.filter((h) => h.status === 'queued').length,
    };
  } catch {
    // the header shows the last known queue; the next event refreshes it
  }
}

export function watchQueue(): void {
  queueSource?.close();
  const es = new EventSource('/api/events');
  queueSource = es;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const again = (m: Event) => {
    try {
      const ev = JSON.parse((m as MessageEvent<string>).data) as EventData;
      if (ev.kind === 'queue.changed' && ev.data?.queued && ev.data.running) {
        app.queue = { queued: ev.data.queued.length, running: ev.data.running.length };
      }
    } catch {
      // the history refresh below recounts
    }
    clearTimeout(timer);
    timer = setTimeout(() => void refreshHistory(), 150);
  };
  for (const kind of ['job.queued', 'job.started', 'job.finished', 'job.deleted', 'queue.changed']) {
    es.addEventListener(kind, again);
  }
}

export { img };
