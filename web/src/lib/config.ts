/**
 * The app's single state: one render config (the `.hextile.json` model) with its passes.
 *
 * The Pass Panel and the settings forms are views of it; these functions are the only way they
 * change it. The config kept here always has `passes`, each one complete (what `hextile config
 * show` writes), so export is the config as is. Functions mutate the config they are given (it is
 * a Svelte `$state` proxy in the app, a plain object in the tests).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };
export interface Pass extends Obj {
  name: string;
}
export interface Config extends Obj {
  passes: Pass[];
}

export const MAX_PASSES = 10;
/**
 * Fields that belong to the whole render, never to a pass: the same list as the server's
 * `hextile.config.fields.RENDER_WIDE` (tests/test_web_bundle.py compares them). The last four are
 * the commercial app's undocumented fields, accepted and kept but unused.
 */
export const RENDER_WIDE = [
  'schema_version',
  'input',
  'output',
  'passes',
  'tiles',
  'sequence',
  'coverage',
  'post_processing',
];

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The default name of the pass at 0-based `index`. */
export function passName(index: number): string {
  return `Pass ${index + 1}`;
}

/** A pass holding the top-level settings of `top` (a config without passes). */
export function passFromTop(top: Obj): Pass {
  const pass: Obj = {};
  for (const [k, v] of Object.entries(top)) if (!RENDER_WIDE.includes(k)) pass[k] = clone(v);
  pass.name = typeof top.name === 'string' && top.name ? top.name : passName(0);
  return pass as Pass;
}

/** Any parsed config as the app holds it: with a `passes` list (one pass when it had none). */
export function normalize(raw: Obj): Config {
  const cfg = clone(raw) as Obj;
  if (!Array.isArray(cfg.passes) || cfg.passes.length === 0) cfg.passes = [passFromTop(cfg)];
  return cfg as Config;
}

function unusedName(cfg: Config): string {
  const names = new Set(cfg.passes.map((p) => p.name));
  for (let i = cfg.passes.length; ; i++) if (!names.has(passName(i))) return passName(i);
}

/** Adds a copy of pass `from` after the last pass; returns its index, or null at the limit. */
export function addPass(cfg: Config, from: number): number | null {
  if (cfg.passes.length >= MAX_PASSES) return null;
  const copy = clone(cfg.passes[from] ?? cfg.passes[cfg.passes.length - 1]);
  copy.name = unusedName(cfg);
  cfg.passes.push(copy);
  return cfg.passes.length - 1;
}

/** Removes pass `index` (never the last one left); returns it for undo. */
export function removePass(cfg: Config, index: number): Pass | null {
  if (cfg.passes.length <= 1 || index < 0 || index >= cfg.passes.length) return null;
  return cfg.passes.splice(index, 1)[0] ?? null;
}

export function insertPass(cfg: Config, index: number, pass: Pass): boolean {
  if (cfg.passes.length >= MAX_PASSES) return false;
  cfg.passes.splice(Math.min(Math.max(0, index), cfg.passes.length), 0, clone(pass));
  return true;
}

/** Renames pass `index`; a blank or over-long name is refused (returns false). */
export function renamePass(cfg: Config, index: number, name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100 || !cfg.passes[index]) return false;
  cfg.passes[index].name = trimmed;
  return true;
}

/** Moves pass `from` to position `to`; returns false when nothing moves. */
export function movePass(cfg: Config, from: number, to: number): boolean {
  const n = cfg.passes.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return false;
  const [p] = cfg.passes.splice(from, 1);
  cfg.passes.splice(to, 0, p);
  return true;
}

/** Where the active pass goes when pass `from` moves to `to`. */
export function activeAfterMove(active: number, from: number, to: number): number {
  if (active === from) return to;
  if (from < active && to >= active) return active - 1;
  if (from > active && to <= active) return active + 1;
  return active;
}

export function getPath(obj: Json | undefined, path: string): Json | undefined {
  let node: Json | undefined = obj;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObj(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Sets `path` (dots, list indices as numbers) inside `obj`, creating objects on the way. */
export function setPath(obj: Obj, path: string, value: Json): void {
  const keys = path.split('.');
  let node: Obj | Json[] = obj;
  for (const key of keys.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(node) ? node[Number(key)] : node[key];
    if (isObj(next) || Array.isArray(next)) node = next;
    else {
      const fresh: Obj = {};
      if (Array.isArray(node)) node[Number(key)] = fresh;
      else node[key] = fresh;
      node = fresh;
    }
  }
  const last = keys[keys.length - 1];
  if (Array.isArray(node)) node[Number(last)] = value;
  else node[last] = value;
}

/**
 * The config a render is started with. Multi-Pass on: the config. Off: only the active pass
 * (the others stay in the app's config for later). `passMap[i]` is the app's index of the sent
 * pass `i`, to bring server errors back to the right pill.
 */
export function forRender(cfg: Config, multiPass: boolean, active: number): { config: Config; passMap: number[] } {
  const config = clone(cfg);
  if (multiPass) return { config, passMap: config.passes.map((_, i) => i) };
  const index = Math.min(Math.max(0, active), cfg.passes.length - 1);
  config.passes = [config.passes[index]];
  return { config, passMap: [index] };
}

export interface FieldError {
  path: string;
  message: string;
  value?: Json;
  allowed?: Json;
}

/** Where a server error belongs: a pass (app index) or the whole render (null), and the field. */
export interface ErrorPlace {
  pass: number | null;
  field: string;
  message: string;
}

/** `passes[1].diffusion.strength` -> pass 1, field `diffusion.strength`; top-level paths -> null. */
export function placeError(err: FieldError, passMap: number[] | null = null): ErrorPlace {
  const dotted = err.path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  const m = /^passes\.(\d+)(?:\.(.*))?$/.exec(dotted);
  if (m) {
    const sent = Number(m[1]);
    return { pass: passMap ? (passMap[sent] ?? sent) : sent, field: m[2] ?? '', message: err.message };
  }
  return { pass: null, field: dotted, message: err.message };
}

/**
 * The message to show at `field` of pass `index`: an error of that pass, or a top-level error
 * of a pass field (the passes are merged over the top level).
 */
export function errorAt(places: ErrorPlace[], index: number, field: string): string | null {
  const own = places.find((p) => p.pass === index && p.field === field);
  if (own) return own.message;
  const top = places.find((p) => p.pass === null && p.field === field);
  return top ? top.message : null;
}

/** Errors that match no field shown in the forms (listed in the settings header). */
export function passHasErrors(places: ErrorPlace[], index: number): boolean {
  return places.some((p) => p.pass === index);
}
