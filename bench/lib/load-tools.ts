// The load generator (wrk from Debian's packages when it is there or can be installed, else autocannon) and nginx,
// started from deploy/nginx.conf for the cache and from a two-line config for the same HTML as a static file.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export type LoadResult = { requestsPerSecond: number; p99Ms: number; errors: number; tool: 'wrk' | 'autocannon' };

function which(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name} || ls /usr/sbin/${name} 2>/dev/null`], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  return found || null;
}

/** A Debian package, installed when missing and we may (as root, as the CI machine runs). */
function ensurePackage(binary: string, pkg: string): string | null {
  const found = which(binary);
  if (found) return found;
  if (process.getuid?.() !== 0) return null;
  spawnSync('apt-get', ['install', '-y', '-q', pkg], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return which(binary);
}

export function loadTool(): 'wrk' | 'autocannon' {
  return ensurePackage('wrk', 'wrk') ? 'wrk' : 'autocannon';
}

export async function measureLoad(tool: 'wrk' | 'autocannon', url: string, options: { seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const headers = options.headers ?? {};
  if (tool === 'autocannon') {
    const result = await autocannon({ url, connections: 50, duration: options.seconds, headers });
    return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.non2xx, tool };
  }
  const args = ['-t2', '-c50', `-d${options.seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const out = execFileSync('wrk', args, { encoding: 'utf8' });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(out);
  const p99Ms = p99 ? Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2] as 'us' | 'ms' | 's'] : 0;
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return { requestsPerSecond: rps, p99Ms, errors, tool };
}

type Ports = { app: number; nginxStatic: number; nginxCache: number };

/** nginx with two servers: the article's HTML as a static file, and deploy/nginx.conf (its ports and paths adjusted). */
export function startNginx(options: { work: string; deployConf: string; ports: Ports; articlePath: string; html: string }): { stop(): void } | { skipped: string } {
  const nginx = ensurePackage('nginx', 'nginx');
  if (!nginx) return { skipped: 'nginx is not installed and could not be (apt-get install nginx needs root)' };
  const { work, ports } = options;
  fs.chmodSync(work, 0o777);
  fs.mkdirSync(path.join(work, 'static', path.dirname(options.articlePath)), { recursive: true });
  fs.writeFileSync(path.join(work, 'static', `${options.articlePath}.html`), options.html);
  fs.mkdirSync(path.join(work, 'cache'), { mode: 0o777 });
  fs.mkdirSync(path.join(work, 'logs'));
  const site = fs
    .readFileSync(options.deployConf, 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`)
    .replace('/var/cache/nginx/reader-revenue', path.join(work, 'cache'))
    .replace('listen 80;', `listen ${ports.nginxCache};`)
    .replace('server_name news.example.org;', 'server_name localhost;');
  if (site.includes('listen 80;') || !site.includes(`127.0.0.1:${ports.app}`)) throw new Error('deploy/nginx.conf no longer has the lines the bench adjusts');
  const main = [
    'worker_processes auto;',
    'pid nginx.pid;',
    'error_log logs/error.log warn;',
    'events { worker_connections 4096; }',
    'http {',
    '  access_log off;',
    '  include /etc/nginx/mime.types;',
    `  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp;`,
    `  server { listen ${ports.nginxStatic}; root ${work}/static; location / { default_type text/html; try_files $uri.html =404; } }`,
    site,
    '}',
  ].join('\n');
  fs.writeFileSync(path.join(work, 'nginx.conf'), main);
  const child: ChildProcess = spawn(nginx, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return { skipped: `nginx exited with ${child.exitCode}` };
    const up = spawnSync('bash', ['-c', `exec 3<>/dev/tcp/127.0.0.1/${ports.nginxStatic}`]).status === 0;
    if (up) break;
    spawnSync('sleep', ['0.2']);
  }
  return { stop: () => void child.kill('SIGQUIT') };
}
