import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, loadNetlifyHeaders, type HeaderRule } from './netlify-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

/** A running static server over a built site. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serve `root` like a static host: folder/index.html, 404.html, gzip for text
 * (as Netlify does), and the headers netlify.toml declares, so browser tests see
 * what readers get.
 */
export async function startServer(root: string, options: { netlifyToml?: string; port?: number } = {}): Promise<StaticServer> {
  const rules: HeaderRule[] = options.netlifyToml ? await loadNetlifyHeaders(options.netlifyToml) : [];
  const gzCache = new Map<string, Buffer>();
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) throw new Error('outside');
      let status = 200;
      let s = await stat(file).catch(() => null);
      if (s?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = path.join(file, 'index.html');
        s = await stat(file).catch(() => null);
      }
      if (!s?.isFile()) {
        status = 404;
        file = path.join(root, '404.html');
        pathname = '/404.html';
        s = await stat(file).catch(() => null);
        if (!s) {
          res.writeHead(404).end('not found');
          return;
        }
      }
      const ext = path.extname(file).toLowerCase();
      const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', ...headersFor(rules, url.pathname) };
      if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let body = gzCache.get(file);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 9 });
          gzCache.set(file, body);
        }
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, { ...headers, 'Content-Length': String(s.size) });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400).end('bad request');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
