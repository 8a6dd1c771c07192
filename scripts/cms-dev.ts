// `npm run cms`: the CMS on this computer, against this repository, without any
// account. It writes the same /admin/ the build ships (page, generated config,
// self-hosted bundle) into a temporary folder and serves it on localhost. Open the
// address in Chrome, Edge or another Chromium browser, choose “Work with Local
// Repository” and pick this repository's folder: Sveltia CMS then reads and writes
// content/ directly (File System Access API; no server, no git commands).
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'smol-toml';
import site from '../site.config.ts';
import { writeCmsAdmin } from './lib/cms-assets.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, lang: { type: 'string' } } });
const port = Number(values.port);
const root = process.cwd();
const dir = await mkdtemp(path.join(os.tmpdir(), 'mading-cms-'));
const { version } = await writeCmsAdmin(dir, { site, lang: values.lang });
// The same policy as the deployed /admin/ (netlify.toml), so nothing here calls a CDN either.
const toml = parse(await readFile(path.join(root, 'netlify.toml'), 'utf8')) as { headers?: { for: string; values?: Record<string, string> }[] };
const csp = toml.headers?.find((h) => h.for === '/admin/*')?.values?.['Content-Security-Policy'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** Map a URL path to a file: the generated admin first, then public/ (favicon). */
async function resolve(pathname: string): Promise<string | null> {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = [path.join(dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel), path.join(root, 'public', rel)];
  for (const file of candidates) {
    if (!file.startsWith(dir) && !file.startsWith(path.join(root, 'public'))) continue;
    const s = await stat(file).catch(() => null);
    if (s?.isFile()) return file;
  }
  return null;
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/' || pathname === '/admin') {
    res.writeHead(302, { Location: '/admin/' }).end();
    return;
  }
  const file = await resolve(pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...(csp ? { 'Content-Security-Policy': csp } : {}) });
  createReadStream(file).pipe(res);
});

// Loopback only: nobody else on the network can reach your working copy.
server.listen(port, '127.0.0.1', () => {
  console.log(`Sveltia CMS ${version}: http://localhost:${port}/admin/`);
  console.log(`→ “Work with Local Repository”, then choose the folder ${root}`);
  console.log('Changes are written straight into content/; review them with git diff, then commit and open a pull request.');
  console.log('Ctrl+C to stop.');
});

const stop = async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
