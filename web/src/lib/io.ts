/** Start-up, inputs, config import/export and live validation. */
import { api, ApiError } from './api';
import { type Config, normalize, type Obj, placeError } from './config';
import { openRender, refreshHistory, watchQueue } from './jobs.svelte';
import { app, loadSaved, notify, reportError, save } from './state.svelte';

export async function init(): Promise<void> {
  try {
    const [pipelines, templates, schema] = await Promise.all([api.pipelines(), api.templates(), api.schema()]);
    app.pipelines = pipelines;
    app.templates = templates;
    app.schema = schema;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      app.needToken = true;
      return;
    }
    app.fatal = e instanceof ApiError ? `${e.message}${e.fix ? ` — ${e.fix}` : ''}` : String(e);
    return;
  }
  app.seamsRoute = await hasSeamsRoute();
  const saved = loadSaved();
  app.config = saved.config ?? normalize(await api.defaultConfig());
  const ui = saved.ui as { active?: number; multiPass?: boolean; view?: string; inputId?: string; renderId?: string; overlay?: { cells: boolean; outlines: boolean; seams: boolean } };
  app.active = Math.min(Math.max(0, ui.active ?? 0), app.config.passes.length - 1);
  app.multiPass = ui.multiPass ?? app.config.passes.length > 1;
  if (ui.view === 'tiles' || ui.view === '2d' || ui.view === '360') app.view = ui.view;
  if (ui.overlay) app.overlay = { cells: !!ui.overlay.cells, outlines: !!ui.overlay.outlines, seams: !!ui.overlay.seams };
  try {
    app.inputs = await api.inputs();
  } catch {
    app.inputs = [];
  }
  app.input = app.inputs.find((i) => i.id === ui.inputId) ?? null;
  app.ready = true;
  if (ui.renderId) await openRender(ui.renderId);
  void refreshHistory();
  watchQueue();
  void validateNow();
}

/** Whether the server's API lists the seam heat-map route (servers without seams do not). */
async function hasSeamsRoute(): Promise<boolean> {
  try {
    const res = await fetch('/openapi.json');
    if (!res.ok) return false;
    const spec = (await res.json()) as { paths?: Record<string, unknown> };
    return Object.keys(spec.paths ?? {}).some((p) => /^\/api\/renders\/\{[^}]+\}\/passes\/\{[^}]+\}\/seams$/.test(p));
  } catch {
    return false;
  }
}

export async function signIn(token: string): Promise<string> {
  try {
    await api.signIn(token.trim());
  } catch (e) {
    return e instanceof ApiError && e.status === 401 ? 'that token is not the one this server was started with' : String(e);
  }
  app.needToken = false;
  await init();
  return '';
}

export async function upload(file: File): Promise<void> {
  try {
    notify(`uploading ${file.name}…`, 0);
    const info = await api.upload(file);
    app.input = info;
    app.inputs = [info, ...app.inputs.filter((i) => i.id !== info.id)];
    notify(`${info.name}: ${info.width}×${info.height}`);
    save();
  } catch (e) {
    reportError(e);
  }
}

let seq = 0;
/** Ask the server about the config being edited; its errors appear at their fields. */
export async function validateNow(): Promise<void> {
  const draft = app.draft;
  const cfg = draft?.config ?? app.config;
  if (!cfg) return;
  const mine = ++seq;
  try {
    const v = await api.validate(JSON.parse(JSON.stringify(cfg)));
    if (mine !== seq) return;
    const places = v.errors.map((e) => placeError(e));
    if (draft && app.draft === draft) draft.errors = places;
    else if (!draft) app.errors = places;
  } catch {
    // the server is away; Render reports it
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
export function validateSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void validateNow(), 350);
}

export function exportName(cfg: Config): string {
  const names = cfg.passes.map((p) => p.name).join('+');
  const base = (names || 'hextile').replace(/[^\w.+-]+/g, '_').slice(0, 60);
  return `${base}.hextile.json`;
}

/** Download the config as it is (it is always complete: what `hextile config show` writes). */
export function exportConfig(): void {
  if (!app.config) return;
  const text = `${JSON.stringify(app.config, null, 2)}\n`;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = exportName(app.config);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function adopt(raw: Obj): Promise<void> {
  const resolved = normalize(await api.resolve(raw));
  app.config = resolved;
  app.draft = null;
  app.errors = [];
  app.active = 0;
  if (resolved.passes.length > 1) app.multiPass = true;
  save();
}

export async function importConfig(file: File): Promise<void> {
  let raw: Obj;
  try {
    raw = JSON.parse(await file.text()) as Obj;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  } catch (e) {
    notify(`${file.name} is not a config: ${(e as Error).message} — export one with Export config or \`hextile config show\``, 10000);
    return;
  }
  try {
    const draftConfig = normalize(raw);
    const v = await api.validate(raw);
    if (v.ok) {
      await adopt(raw);
      notify(`imported ${file.name}`);
      return;
    }
    app.draft = { config: draftConfig, errors: v.errors.map((e) => placeError(e)), fileName: file.name };
    const first = app.draft.errors.find((e) => e.pass !== null);
    app.active = Math.min(first?.pass ?? 0, draftConfig.passes.length - 1);
    if (draftConfig.passes.length > 1) app.multiPass = true;
  } catch (e) {
    reportError(e);
  }
}

export async function applyDraft(): Promise<void> {
  const draft = app.draft;
  if (!draft) return;
  try {
    const raw = JSON.parse(JSON.stringify(draft.config)) as Obj;
    const v = await api.validate(raw);
    if (!v.ok) {
      draft.errors = v.errors.map((e) => placeError(e));
      notify(`${v.errors.length} problem${v.errors.length === 1 ? '' : 's'} left`);
      return;
    }
    await adopt(raw);
    notify(`imported ${draft.fileName}`);
  } catch (e) {
    reportError(e);
  }
}

export function discardDraft(): void {
  app.draft = null;
  app.active = Math.min(app.active, (app.config?.passes.length ?? 1) - 1);
  void validateNow();
}
