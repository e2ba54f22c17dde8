// Route table for /v1: operations are data (method, Stripe path template, accepted params) plus a handler.
import type { Context } from './context';
import { unrecognizedUrl } from './errors';
import type { ParamFields, Params } from './params';

export interface Request {
  params: Params;
  path: Record<string, string>;
  /** The request path without query, used as a list's `url`. */
  url: string;
  idempotencyKey: string | null;
}

export interface Operation {
  method: 'GET' | 'POST' | 'DELETE';
  /** Stripe's path template, with the same placeholder names as stripe-subset.json. */
  path: string;
  params: ParamFields;
  required?: readonly string[];
  /** Why this operation is served although stripe-subset.json does not describe it. */
  extra?: string;
  handle(ctx: Context, req: Request): object;
}

interface Compiled {
  op: Operation;
  regex: RegExp;
  names: string[];
}

function compile(op: Operation): Compiled {
  const names: string[] = [];
  const pattern = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { op, regex: new RegExp(`^${pattern}$`), names };
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly operations: Operation[]) {
    this.compiled = operations.map(compile);
  }

  match(method: string, pathname: string): { op: Operation; path: Record<string, string> } {
    for (const c of this.compiled) {
      if (c.op.method !== method) continue;
      const m = c.regex.exec(pathname);
      if (!m) continue;
      const path: Record<string, string> = {};
      c.names.forEach((n, i) => (path[n] = decodeURIComponent(m[i + 1])));
      return { op: c.op, path };
    }
    throw unrecognizedUrl(method, pathname);
  }
}
