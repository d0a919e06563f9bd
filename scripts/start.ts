#!/usr/bin/env node
// npm start: builds the site for the address it is then served at (SITE_URL = http://HOST:PORT), then serves it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serveAddress } from './serve-address.ts';

const { origin } = serveAddress();
execFileSync(join('node_modules', '.bin', 'astro'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: origin },
});
await import('./serve.ts');
