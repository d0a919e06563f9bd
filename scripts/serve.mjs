#!/usr/bin/env node
// Serves the built site on http://127.0.0.1:4321 (PORT to change), with the 404 page for unknown URLs.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { createStaticHandler } from './static-server.mjs';
import { distDir } from './site-dir.mjs';

if (!existsSync(distDir)) {
  console.error(`${distDir} does not exist: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
createServer(createStaticHandler(distDir)).listen(port, host, () => {
  console.log(`许昌高技能人才政策 is served at http://${host}:${port}/  (Ctrl+C to stop)`);
});
