// expand[]: replaces ID strings with the objects they name, following dotted paths (data.customer, payment_intent.latest_charge).
import { invalidRequest } from './errors';
import { lookupById, type State } from './store';

/** Fields that are not stored on the object but computed when expanded (e.g. a session's line_items). */
export type VirtualExpander = (state: State, owner: Record<string, unknown>, field: string) => unknown | undefined;

const MAX_DEPTH = 4;

function expandOne(state: State, value: unknown, parts: string[], virtual: VirtualExpander, full: string): unknown {
  if (parts.length === 0 || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => expandOne(state, v, parts, virtual, full));
  if (typeof value !== 'object') return value;
  const obj = { ...(value as Record<string, unknown>) };
  const [field, ...rest] = parts;
  if (obj.object === 'list' && field === 'data') {
    obj.data = (obj.data as unknown[]).map((item) => expandOne(state, item, rest, virtual, full));
    return obj;
  }
  let current = obj[field];
  const computed = virtual(state, obj, field);
  if (computed !== undefined) current = computed;
  else if (typeof current === 'string') {
    const found = lookupById(state, current);
    if (!found) throw invalidRequest(`This property cannot be expanded (${full}).`, 'expand');
    current = found;
  } else if (current === undefined && !(field in obj)) {
    throw invalidRequest(`This property cannot be expanded (${full}).`, 'expand');
  }
  obj[field] = expandOne(state, current, rest, virtual, full);
  return obj;
}

export function applyExpand(state: State, value: unknown, expand: readonly string[] | undefined, virtual: VirtualExpander): unknown {
  if (!expand || expand.length === 0) return value;
  let out = value;
  for (const path of expand) {
    const parts = path.split('.');
    if (parts.length > MAX_DEPTH) throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property (${path}).`, 'expand');
    out = expandOne(state, out, parts, virtual, path);
  }
  return out;
}
