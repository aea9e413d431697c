/**
 * The app's reactive state. `app.config` (the render config with its passes) is the one source
 * of truth for settings; everything else here is UI state (active pass, view, the render on show).
 * Autosave writes the config and the UI state to localStorage on every change.
 */
import { api, ApiError, type Cell, type InputInfo, type PipelineInfo, type RenderInfo, type RenderSummary, type TemplateInfo } from './api';
import { type Config, type ErrorPlace, type Obj, clone, normalize, placeError } from './config';

export const CONFIG_KEY = 'hextile.config';
export const UI_KEY = 'hextile.ui';

export type View = 'tiles' | '2d' | '360';

export interface Progress {
  passIndex: number;
  passCount: number;
  passName: string;
  tile: number | null;
  tileIndex: number;
  tileCount: number;
  step: number;
  steps: number;
  passFraction: number;
  overallFraction: number;
  etaS: number | null;
  message: string;
}

export interface Draft {
  config: Config;
  errors: ErrorPlace[];
  fileName: string;
}

export const app = $state({
  ready: false,
  fatal: '' as string,
  /** The server wants its token (started with --token): the app asks for it. */
  needToken: false,
  /** Whether this server serves seam heat-maps (/api/renders/{id}/passes/{k}/seams). */
  seamsRoute: false,
  config: null as Config | null,
  active: 0,
  multiPass: false,
  view: 'tiles' as View,
  /** An imported config with problems: shown in the forms, not applied until it validates. */
  draft: null as Draft | null,
  errors: [] as ErrorPlace[],
  notice: '' as string,
  pipelines: [] as PipelineInfo[],
  templates: [] as TemplateInfo[],
  schema: null as Obj | null,
  cells: {} as Record<string, Cell[]>,
  input: null as InputInfo | null,
  inputs: [] as InputInfo[],
  render: null as RenderInfo | null,
  history: [] as RenderSummary[],
  queue: { running: 0, queued: 0 },
  progress: null as Progress | null,
  /** Tiles finished per pass of the render on show (pass index -> tile numbers). */
  tilesDone: {} as Record<number, number[]>,
  busy: false,
  /** What drag-to-cycle shows right now (badge text), or null. */
  badge: null as { text: string; x: number; y: number } | null,
  overlay: { cells: false, outlines: false, seams: false },
  /** The newest live-preview frame of the running render on show (see jobs.svelte.ts). */
  live: null as { id: string; frame: number } | null,
  gridPass: 0,
});

/** The config the forms show and edit: the import draft while there is one, else the config. */
export function editing(): Config | null {
  return app.draft?.config ?? app.config;
}

export function editingErrors(): ErrorPlace[] {
  return app.draft ? app.draft.errors : app.errors;
}

export function loadSaved(): { config: Config | null; ui: Obj } {
  let config: Config | null = null;
  let ui: Obj = {};
  try {
    const raw = localStorage.getItem(CONFIG_KEY);
    if (raw) config = normalize(JSON.parse(raw) as Obj);
  } catch {
    config = null;
  }
  try {
    ui = JSON.parse(localStorage.getItem(UI_KEY) ?? '{}') as Obj;
  } catch {
    ui = {};
  }
  return { config, ui };
}

export function save(): void {
  try {
    if (app.config) localStorage.setItem(CONFIG_KEY, JSON.stringify(app.config));
    localStorage.setItem(
      UI_KEY,
      JSON.stringify({
        active: app.active,
        multiPass: app.multiPass,
        view: app.view,
        inputId: app.input?.id ?? null,
        renderId: app.render?.id ?? null,
        overlay: app.overlay,
      }),
    );
  } catch {
    // storage full or disabled: the app keeps working, settings just do not survive a reload
  }
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
export function notify(text: string, ms = 6000): void {
  app.notice = text;
  clearTimeout(noticeTimer);
  if (ms > 0) noticeTimer = setTimeout(() => (app.notice = ''), ms);
}

export function reportError(e: unknown, passMap: number[] | null = null): void {
  if (e instanceof ApiError) {
    if (e.errors.length) app.errors = e.errors.map((x) => placeError(x, passMap));
    notify(e.fix ? `${e.message} — ${e.fix}` : e.message, 10000);
  } else {
    notify(String(e), 10000);
  }
}

/** The key of a layout's cells in `app.cells`: the template's name, or for a pass that turned its
 * layout (docs/seams.md) that render's pass (its own cells route). */
export function cellsKey(renderId: string | null | undefined, k: number | null, rotated: boolean, template: string): string {
  return rotated && renderId && k !== null ? `render:${renderId}/${k}` : template;
}

/** The cells of a layout key (see cellsKey), fetched once. */
export async function loadCells(key: string): Promise<Cell[]> {
  if (!app.cells[key]) {
    try {
      const m = /^render:([^/]+)\/(\d+)$/.exec(key);
      app.cells[key] = m ? await api.passCells(m[1], Number(m[2])) : await api.cells(key);
    } catch {
      app.cells[key] = [];
    }
  }
  return app.cells[key];
}

export function snapshot(): Config | null {
  return app.config ? clone(app.config) : null;
}
