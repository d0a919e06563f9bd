#!/usr/bin/env node
// Screenshots of the built site for a person to look at: node scripts/screenshot.ts /measure/6/ [width] [out.png]
// Serves dist/ on 127.0.0.1 itself, so nothing else needs to run. Extra: FULL=0 for the first screen only.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from './chromium.ts';
import { createStaticHandler } from './static-server.ts';
import { distDir } from './site-dir.ts';

const [path = '/', width = '1280', out = `screenshot-${String(path).replace(/\W+/g, '_')}-${width}.png`] =
  process.argv.slice(2);
const server = createServer(createStaticHandler(distDir));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(width), height: 800 },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
});
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
await page.goto(origin + path, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
console.log(out);
await browser.close();
server.close();
