// Declarative parameter specs per operation, and the validator that turns form values into typed params.
// The specs are plain data so the conformance test can walk them against stripe-subset.json.
import { invalidRequest, missingParameter, unknownParameter } from './errors';
import type { FormObject, FormValue } from './form';

export type ParamSpec =
  | { type: 'string'; enum?: readonly string[]; emptyable?: boolean }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'metadata' }
  | { type: 'range' }
  | { type: 'object'; fields: ParamFields; required?: readonly string[]; emptyable?: boolean }
  | { type: 'array'; items: ParamSpec };

export type ParamFields = Record<string, ParamSpec>;

export const str: ParamSpec = { type: 'string' };
export const int: ParamSpec = { type: 'integer' };
export const bool: ParamSpec = { type: 'boolean' };
export const metadata: ParamSpec = { type: 'metadata' };
export const range: ParamSpec = { type: 'range' };
export const expand: ParamSpec = { type: 'array', items: str };
export const oneOf = (...values: string[]): ParamSpec => ({ type: 'string', enum: values });
export const obj = (fields: ParamFields, required: readonly string[] = []): ParamSpec => ({ type: 'object', fields, required });
export const arr = (items: ParamSpec): ParamSpec => ({ type: 'array', items });
export const listParams: ParamFields = { limit: int, starting_after: str, ending_before: str, expand };

export type Params = Record<string, unknown>;

function describe(path: string[]): string {
  return path[0] + path.slice(1).map((p) => `[${p}]`).join('');
}

function coerceString(value: FormValue, path: string[], spec: Extract<ParamSpec, { type: 'string' }>): string {
  if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${describe(path)} must be a string`, describe(path));
  if (spec.enum && !spec.enum.includes(value)) {
    throw invalidRequest(`Invalid ${describe(path)}: must be one of ${spec.enum.join(', ')}`, describe(path));
  }
  return value;
}

function coerceInteger(value: FormValue, path: string[]): number {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
    throw invalidRequest(`Invalid integer: ${typeof value === 'string' ? value : JSON.stringify(value)}`, describe(path));
  }
  return Number(value);
}

function coerceBoolean(value: FormValue, path: string[]): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidRequest(`Invalid boolean: ${typeof value === 'string' ? value : JSON.stringify(value)}`, describe(path));
}

function coerceMetadata(value: FormValue, path: string[]): Record<string, string> | '' {
  if (value === '') return '';
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidRequest(`Invalid object: ${describe(path)} must be an object`, describe(path));
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw invalidRequest(`Invalid value for metadata key ${k}: must be a string`, describe([...path, k]));
    if (k.length > 40) throw invalidRequest('Metadata keys can have a maximum length of 40 characters.', describe([...path, k]));
    out[k] = v;
  }
  return out;
}

function coerceRange(value: FormValue, path: string[]): number | Record<string, number> {
  if (typeof value === 'string') return coerceInteger(value, path);
  if (Array.isArray(value)) throw invalidRequest(`Invalid ${describe(path)}`, describe(path));
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!['gt', 'gte', 'lt', 'lte'].includes(k)) throw unknownParameter(describe([...path, k]));
    out[k] = coerceInteger(v, [...path, k]);
  }
  return out;
}

function coerceArray(value: FormValue, path: string[], items: ParamSpec): unknown[] {
  // A lone value for an array of strings is a one-element array (e.g. expand=customer)
  if (typeof value === 'string' && items.type === 'string') return value === '' ? [] : [coerceString(value, path, items)];
  if (!Array.isArray(value)) throw invalidRequest(`Invalid array: ${describe(path)} must be an array`, describe(path));
  return value.map((v, i) => coerce(v, [...path, String(i)], items));
}

export function coerceObject(value: FormValue, path: string[], fields: ParamFields, required: readonly string[] = []): Params {
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidRequest(`Invalid object: ${describe(path)} must be an object`, describe(path));
  }
  const out: Params = {};
  for (const [k, v] of Object.entries(value)) {
    const spec = fields[k];
    if (!spec) throw unknownParameter(describe([...path, k]));
    out[k] = coerce(v, [...path, k], spec);
  }
  for (const name of required) {
    if (out[name] === undefined || out[name] === '') throw missingParameter(describe([...path, name]));
  }
  return out;
}

export function coerce(value: FormValue, path: string[], spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'string':
      return coerceString(value, path, spec);
    case 'integer':
      return coerceInteger(value, path);
    case 'boolean':
      return coerceBoolean(value, path);
    case 'metadata':
      return coerceMetadata(value, path);
    case 'range':
      return coerceRange(value, path);
    case 'array':
      return coerceArray(value, path, spec.items);
    case 'object':
      if (value === '' && spec.emptyable) return '';
      return coerceObject(value, path, spec.fields, spec.required);
  }
}

/** Validates top-level params: unknown names, required names, types. */
export function validateParams(input: FormObject, fields: ParamFields, required: readonly string[] = []): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(input)) {
    const spec = fields[k];
    if (!spec) throw unknownParameter(k);
    out[k] = coerce(v, [k], spec);
  }
  for (const name of required) {
    if (out[name] === undefined || out[name] === '') throw missingParameter(name);
  }
  return out;
}
