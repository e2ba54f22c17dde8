// A route file's address: route groups ("(reader)") are not in URLs, English reader routes have no language prefix,
// and dynamic segments get a sample value (next-auth's catch-all its email sign-in).
import path from 'node:path';

export function routeUrlPath(file: string): string {
  const dir = path.dirname(file).split(path.sep).join('/');
  const url = `/${dir}`
    .replace(/\/\([^/)]+\)/g, '')
    .replace(/\/\[locale\]/, '')
    .replace(/\[\.\.\.(\w+)\]/, 'signin/email')
    .replace(/\[(\w+)\]/g, 'x');
  return url === '/.' || url === '' ? '/' : url;
}
