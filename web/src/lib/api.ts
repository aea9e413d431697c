/** The server's HTTP API (docs/api.md), same origin. Every failure becomes an ApiError. */
import type { Config, FieldError, Json, Obj } from './config';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fix: string = '',
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError('the hextile server cannot be reached', 0, 'check that `hextile serve` is running');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const e = (data as { error?: { message?: string; fix?: string; errors?: FieldError[] } } | null)?.error;
    const detail = (data as { detail?: unknown } | null)?.detail;
    const message = e?.message ?? (typeof detail === 'string' ? detail : `${method} ${url}: HTTP ${res.status}`);
    throw new ApiError(message, res.status, e?.fix ?? '', e?.errors ?? []);
  }
  return data as T;
}

export interface Capabilities {
  prompt: boolean;
  negative_prompt: boolean;
  strength: boolean;
  steps: boolean;
  guidance: boolean;
  scheduler: boolean;
  seed: boolean;
  inpaint_mask: boolean;
  controlnet_types: string[];
  lora: boolean;
  scale_factor: number;
  needs_weights: boolean;
}
export interface ModelInfo {
  name: string;
  description?: string;
  installed?: boolean;
  defaults?: Obj;
}
export interface PipelineInfo {
  name: string;
  title: string;
  description: string;
  default_model: string | null;
  capabilities: Capabilities;
  models: ModelInfo[];
  schedulers?: string[];
  defaults?: Obj;
  ranges?: Record<string, [number, number]>;
  /** Weights found in the local cache (names as in `models`, maybe "(incomplete)"). */
  installed_models?: string[];
}

/** Whether a model's weights are on this machine (families without weights always are). */
export function isInstalled(p: PipelineInfo, m: ModelInfo): boolean {
  if (typeof m.installed === 'boolean') return m.installed;
  if (!p.capabilities.needs_weights) return true;
  return (p.installed_models ?? []).includes(m.name);
}
export interface TemplateInfo {
  name: string;
  tiles: number;
  width?: number;
  height?: number;
  panorama_width?: number;
  panorama_height?: number;
  tile_size?: number;
  tile_width?: number;
}
export interface Cell {
  number: number;
  yaw: number;
  pitch: number;
  fov: number;
  polygon: [number, number][];
}
export interface InputInfo {
  id: string;
  width: number;
  height: number;
  name: string;
  sha256?: string;
  thumbnail_url?: string;
  image_url?: string;
}
export interface PassRecord {
  index: number;
  name: string;
  status: string;
  settings: Obj;
  template: {
    name: string;
    tiles: number;
    panorama_width: number;
    panorama_height: number;
    rotation?: { yaw?: number; pitch?: number; roll?: number } | null;
  } | null;
  tiles_done: number;
  tiles_total: number;
  outputs: { panorama: string | null };
  seams?: { heatmap?: string | null; score?: number } | null;
}
export interface Manifest {
  status: string;
  passes: PassRecord[];
  output?: string | null;
  error?: string | null;
}
export interface RenderInfo {
  id: string;
  status: string;
  queue_position?: number | null;
  input_id: string;
  manifest: Manifest | null;
  config: Config;
  parent?: string | null;
}
export interface RenderSummary {
  id: string;
  status: string;
  passes_done: number;
  pass_count: number;
  created: string | number;
  thumbnail_url?: string;
  input_id: string;
  /** Each pass's seam score (render order), null where not measured or not done yet. */
  seam_scores?: (number | null)[];
}
export interface Validation {
  ok: boolean;
  errors: FieldError[];
  warnings: (string | FieldError)[];
}

function list<T>(data: unknown, key: string): T[] {
  if (Array.isArray(data)) return data as T[];
  const v = (data as Record<string, unknown> | null)?.[key] ?? (data as Record<string, unknown> | null)?.items;
  return Array.isArray(v) ? (v as T[]) : [];
}

export const api = {
  /** Trade the server's token for its session cookie (HttpOnly; used by fetch, images and SSE). */
  signIn: (token: string) => request<unknown>('POST', '/api/session', { token }),
  pipelines: async () => list<PipelineInfo>(await request('GET', '/api/pipelines'), 'pipelines'),
  templates: async () => list<TemplateInfo>(await request('GET', '/api/templates'), 'templates'),
  /** The cells a pass really used (its template turned by its rotation). */
  passCells: async (id: string, k: number) =>
    list<Cell>(await request('GET', `/api/renders/${encodeURIComponent(id)}/passes/${k}/cells`), 'cells'),
  cells: async (name: string) =>
    list<Cell>(await request('GET', `/api/templates/${encodeURIComponent(name)}/cells`), 'cells'),
  schema: () => request<Obj>('GET', '/api/config/schema'),
  defaultConfig: () => request<Obj>('GET', '/api/config/default'),
  validate: (config: Json) => request<Validation>('POST', '/api/config/validate', { config }),
  resolve: (config: Json) => request<Obj>('POST', '/api/config/resolve', { config }),
  inputs: async () => list<InputInfo>(await request('GET', '/api/inputs'), 'items'),
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<InputInfo>('POST', '/api/inputs', form);
  },
  startRender: (input_id: string, config: Json) =>
    request<{ id: string; status: string; queue_position?: number }>('POST', '/api/renders', { input_id, config }),
  render: (id: string) => request<RenderInfo>('GET', `/api/renders/${id}`),
  renders: async (limit = 30) =>
    list<RenderSummary>(await request('GET', `/api/renders?limit=${limit}`), 'items'),
  cancel: (id: string) => request<unknown>('POST', `/api/renders/${id}/cancel`),
  resume: (id: string, config?: Json) =>
    request<{ id: string; status: string }>('POST', `/api/renders/${id}/resume`, config ? { config } : {}),
};

/** Image URLs (immutable per URL once finished, so the browser cache makes cycling a swap). */
export const img = {
  input: (id: string, w?: number) => `/api/inputs/${id}/image${w ? `?w=${w}` : ''}`,
  renderInput: (rid: string, w?: number) => `/api/renders/${rid}/images/input${w ? `?w=${w}` : ''}`,
  pass: (rid: string, k: number, w?: number) => `/api/renders/${rid}/images/pass/${k}${w ? `?w=${w}` : ''}`,
  final: (rid: string, w?: number) => `/api/renders/${rid}/images/final${w ? `?w=${w}` : ''}`,
  tile: (rid: string, k: number, n: number, kind: 'in' | 'out') =>
    `/api/renders/${rid}/passes/${k}/tiles/${n}?kind=${kind}`,
  view: (rid: string, source: string, c: { yaw: number; pitch: number; fov: number }, size: number) =>
    `/api/renders/${rid}/view?source=${source}&yaw=${c.yaw}&pitch=${c.pitch}&fov=${c.fov}&size=${size}`,
  seams: (rid: string, k: number) => `/api/renders/${rid}/passes/${k}/seams`,
  /** Frame `n` of the live preview of a running render (a new URL per frame, never cached). */
  live: (rid: string, n: number) => `/api/renders/${rid}/images/preview?frame=${n}`,
};
