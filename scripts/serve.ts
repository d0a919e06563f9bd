#!/usr/bin/env node
// Serves the built site on http://127.0.0.1:4321 (PORT to change), with the 404 page for unknown URLs.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { createStaticHandler } from './static-server.ts';
import { distDir } from './site-dir.ts';
import { serveAddress } from './serve-address.ts';

if (!existsSync(distDir)) {
  console.error(`${distDir} does not exist: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const { host, port, origin } = serveAddress();
createServer(createStaticHandler(distDir)).listen(port, host, () => {
  console.log(`许昌高技能人才政策 is served at ${origin}/  (Ctrl+C to stop)`);
});
