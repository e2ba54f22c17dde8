// Every parameter the emulator accepts must exist for that operation in Stripe's description (stripe-subset.json).
import { describe, expect, it } from 'vitest';
import { operations } from '../../api';
import type { ParamSpec } from '../../core/params';
import { hasReference, readReference } from '../reference';

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  additionalProperties?: unknown;
}
interface SubsetParam {
  name: string;
  schema: Schema;
}
interface SubsetOperation {
  method: string;
  path: string;
  path_and_query_params: SubsetParam[];
  body_params: SubsetParam[];
}

/** Operations outside the 2023 extract, each with the reason it is served anyway. */
const EXTRA_OPERATIONS = [
  'GET /v1/payment_methods', 'GET /v1/invoice_payments', 'GET /v1/webhook_endpoints/{webhook_endpoint}', 'GET /v1/test_helpers/test_clocks',
  'POST /v1/products/{id}', 'POST /v1/prices/{price}', 'POST /v1/webhook_endpoints/{webhook_endpoint}', 'POST /v1/invoices/create_preview',
  'GET /v1/disputes', 'POST /v1/disputes/{dispute}', 'POST /v1/disputes/{dispute}/close', 'GET /v1/billing_portal/configurations', 'GET /v1/billing_portal/configurations/{configuration}', 'POST /v1/billing_portal/configurations/{configuration}',
];

/** Parameters newer than the 2023 extract that the SDK's 2026-10-28.endive types have. */
const NEWER_PARAMS: Record<string, string[]> = {
  // payment_method_types gave way to these filters on the dynamically computed payment methods
  'POST /v1/checkout/sessions': ['allowed_payment_method_types', 'excluded_payment_method_types'],
};

function variants(schema: Schema): Schema[] {
  return schema.anyOf ? schema.anyOf.flatMap(variants) : [schema];
}

/** Returns the dotted names of accepted params that Stripe's schema does not have. */
function missingIn(spec: ParamSpec, schema: Schema, at: string): string[] {
  const options = variants(schema);
  switch (spec.type) {
    case 'object': {
      const withProps = options.filter((o) => o.properties);
      return Object.entries(spec.fields).flatMap(([name, child]) => {
        const target = withProps.find((o) => o.properties![name]);
        return target ? missingIn(child, target.properties![name], `${at}[${name}]`) : [`${at}[${name}]`];
      });
    }
    case 'array': {
      const arr = options.find((o) => o.type === 'array' && o.items);
      return arr ? missingIn(spec.items, arr.items!, `${at}[]`) : [`${at} (not an array)`];
    }
    case 'range':
      return options.some((o) => o.properties?.gte) ? [] : [`${at} (not a range)`];
    case 'metadata':
      return options.some((o) => o.type === 'object') ? [] : [`${at} (not an object)`];
    case 'integer':
      return options.some((o) => o.type === 'integer') ? [] : [`${at} (not an integer)`];
    case 'boolean':
      return options.some((o) => o.type === 'boolean') ? [] : [`${at} (not a boolean)`];
    case 'string':
      return options.some((o) => o.type === 'string') ? [] : [`${at} (not a string)`];
  }
}

describe.skipIf(!hasReference)('conformance with stripe-subset.json', () => {
  const subset = hasReference ? readReference<{ operations: SubsetOperation[] }>('stripe-subset.json') : { operations: [] };
  const key = (o: { method: string; path: string }) => `${o.method} ${o.path}`;
  const byKey = new Map(subset.operations.map((o) => [key(o), o]));

  it('the checker itself notices parameters Stripe does not describe', () => {
    const create = byKey.get('POST /v1/customers')!;
    const metadataSchema = create.body_params.find((p) => p.name === 'invoice_settings')!.schema;
    expect(missingIn({ type: 'object', fields: { bogus: { type: 'string' } } }, metadataSchema, 'invoice_settings')).toEqual(['invoice_settings[bogus]']);
    expect(missingIn({ type: 'integer' }, { type: 'string' }, 'x')).toEqual(['x (not an integer)']);
  });

  it('serves only described operations, plus the listed extras', () => {
    const undescribed = operations.filter((op) => !byKey.has(key(op))).map(key);
    expect(undescribed.sort()).toEqual([...EXTRA_OPERATIONS].sort());
    for (const op of operations.filter((o) => !byKey.has(key(o)))) expect(op.extra, key(op)).toBeTruthy();
  });

  it.each(operations.filter((op) => byKey.has(key(op))).map((op) => [key(op), op] as const))('%s accepts only Stripe parameters', (_k, op) => {
    const described = byKey.get(key(op))!;
    const params = new Map([...described.path_and_query_params, ...described.body_params].map((p) => [p.name, p.schema]));
    const unknown = Object.entries(op.params).filter(([name]) => !NEWER_PARAMS[key(op)]?.includes(name)).flatMap(([name, spec]) => {
      const schema = params.get(name);
      return schema ? missingIn(spec, schema, name) : [name];
    });
    expect(unknown).toEqual([]);
    for (const name of op.required ?? []) expect(params.has(name), name).toBe(true);
    for (const placeholder of op.path.match(/\{(\w+)\}/g) ?? []) expect(params.has(placeholder.slice(1, -1))).toBe(true);
  });
});
