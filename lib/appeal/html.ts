// A tagged template for markup built outside React (the appeal's slot, served to cached pages and to the embed):
// every interpolated value is escaped unless it is markup made by this same tag.
import { escapeHtml } from '@/lib/email/escape-html';

export type Markup = { readonly __html: string };
type Value = Markup | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && '__html' in value) return value.__html;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return { __html: out };
}

/** Markup made elsewhere and known to be safe (an SVG constant, a JSON blob already escaped for <script>). */
export function trusted(markup: string): Markup {
  return { __html: markup };
}

/** JSON inside <script type="application/json">: nothing in it can close the element or open a comment. */
export function jsonForScript(value: unknown): Markup {
  return trusted(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}
