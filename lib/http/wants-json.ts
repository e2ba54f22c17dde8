// A script (or the page's own JavaScript) asks for JSON; a plain browser gets pages and redirects.
export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}
