/** Ranges, steps and defaults of config fields, read from the server's JSON schema (/api/config/schema). */
import type { Json, Obj } from './config';

export interface FieldSpec {
  min?: number;
  max?: number;
  exclusiveMin?: number;
  step?: number;
  enum?: Json[];
  default?: Json;
  type?: string;
  description?: string;
}

function deref(schema: Obj, node: Obj | undefined): Obj | undefined {
  let n = node;
  for (let i = 0; n && typeof n.$ref === 'string' && i < 10; i++) {
    const parts = (n.$ref as string).replace(/^#\//, '').split('/');
    let target: Json | undefined = schema;
    for (const p of parts) target = (target as Obj | undefined)?.[p];
    n = target as Obj | undefined;
  }
  return n;
}

/** The schema of one value: the non-null branch of an `anyOf`, references followed. */
function concrete(schema: Obj, node: Obj | undefined): Obj | undefined {
  const n = deref(schema, node);
  const any = n?.anyOf as Obj[] | undefined;
  if (Array.isArray(any)) {
    const branch = any.map((b) => deref(schema, b)).find((b) => b && b.type !== 'null');
    if (!branch) return n;
    return { ...branch, default: n && 'default' in n ? n.default : branch.default, description: n?.description ?? null };
  }
  return n;
}

/** The spec of `path` (e.g. `diffusion.strength`, `controlnet.units.0.conditioning_scale`). */
export function fieldSpec(schema: Obj | null, path: string): FieldSpec {
  if (!schema) return {};
  let node: Obj | undefined = schema;
  for (const key of path.split('.')) {
    node = concrete(schema, node);
    if (!node) return {};
    if (/^\d+$/.test(key) && node.items) node = node.items as Obj;
    else node = (node.properties as Obj | undefined)?.[key] as Obj | undefined;
  }
  return specOf(concrete(schema, node));
}

/** The spec of a plain JSON-schema node (pipeline options schemas). */
export function specOf(n: Obj | undefined): FieldSpec {
  if (!n) return {};
  const num = (v: Json | undefined) => (typeof v === 'number' ? v : undefined);
  const type = typeof n.type === 'string' ? n.type : undefined;
  return {
    min: num(n.minimum),
    max: num(n.maximum),
    exclusiveMin: num(n.exclusiveMinimum),
    step: num(n.multipleOf) ?? (type === 'integer' ? 1 : undefined),
    enum: Array.isArray(n.enum) ? n.enum : undefined,
    default: n.default,
    type,
    description: typeof n.description === 'string' ? n.description : undefined,
  };
}
