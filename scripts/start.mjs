#!/usr/bin/env node
// npm start: builds the site for the address it is then served at (SITE_URL = http://HOST:PORT), then serves it.
import { execFileSync } from 'node:child_process';
import { serveAddress } from './serve-address.mjs';

const { origin } = serveAddress();
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, SITE_URL: origin } });
await import('./serve.mjs');
