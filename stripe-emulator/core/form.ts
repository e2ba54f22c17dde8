// Parses Stripe's form encoding (a[b][c]=1, a[0][b]=2, expand[]=x) into nested objects and arrays.

export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

/** Splits `a[b][0]` into ['a', 'b', '0']; `expand[]` gives ['expand', '']. */
export function splitKey(key: string): string[] {
  const first = key.indexOf('[');
  if (first < 0) return [key];
  const parts = [key.slice(0, first)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key.slice(first)))) parts.push(m[1]);
  return parts;
}

function isIndex(part: string): boolean {
  return part === '' || /^\d+$/.test(part);
}

/** Turns objects whose keys are all indices into arrays, recursively. */
function arrayify(value: FormValue | Record<string, FormValue>): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const k of keys) converted[k] = arrayify(value[k]);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k]);
  }
  return converted;
}

export function parseFormPairs(pairs: Iterable<[string, string]>): FormObject {
  const root: FormObject = {};
  const appendCounters = new Map<string, number>();
  for (const [rawKey, value] of pairs) {
    const parts = splitKey(rawKey);
    let node: FormObject = root;
    for (let i = 0; i < parts.length; i++) {
      let part = parts[i];
      const pathSoFar = parts.slice(0, i).join('\u0000');
      // `x[]` appends: give each occurrence its own index
      if (part === '' && isIndex(part)) {
        const n = appendCounters.get(pathSoFar) ?? 0;
        appendCounters.set(pathSoFar, n + 1);
        part = String(n);
      }
      if (i === parts.length - 1) {
        node[part] = value;
        break;
      }
      const next = node[part];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
      node = node[part] as FormObject;
    }
  }
  return arrayify(root) as FormObject;
}

export function parseForm(body: string): FormObject {
  return parseFormPairs(new URLSearchParams(body).entries());
}
