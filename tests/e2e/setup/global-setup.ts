// Builds the site once (the real `npm run build`, into a temporary folder) and
// serves it on loopback with the headers from netlify.toml. Tests read the URL
// and the dist folder with `inject('baseUrl')` / `inject('distDir')`.
// Set MADING_E2E_DIST=dist to test an existing build instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');

export default async function setup(project: TestProject) {
  let distDir = process.env.MADING_E2E_DIST ? path.resolve(root, process.env.MADING_E2E_DIST) : '';
  if (!distDir || !existsSync(distDir)) {
    distDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mading-e2e-')), 'dist');
    const started = Date.now();
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', MADING_OUT_DIR: distDir, MADING_CACHE_DIR: path.join(path.dirname(distDir), 'cache') },
    });
    console.log(`e2e: built the site into ${distDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await startServer(distDir, { netlifyToml: path.join(root, 'netlify.toml') });
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
  };
}
