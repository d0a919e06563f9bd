#!/usr/bin/env node
// Where a widget's bytes go: bundles one entry with esbuild (minified, for the browser, as Vite would) and lists each
// module's share, minified and gzip (the module's minified code compressed on its own, an upper bound; the total is exact).
//   node scripts/bundle-walk.ts src/widgets/Checker.tsx [island-name]
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [widget, name = 'widget'] = process.argv.slice(2);
if (!widget) {
  console.error('usage: node scripts/bundle-walk.ts src/widgets/Checker.tsx [island-name]');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'bundle-walk-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { hydrateIslands } from ${JSON.stringify(resolve('src/widgets/island'))};\n` +
    `import W from ${JSON.stringify(resolve(widget.replace(/\.tsx?$/, '')))};\nhydrateIslands(${JSON.stringify(name)}, W);\n`,
);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  metafile: true,
  outfile: join(dir, 'out.js'),
  logLevel: 'error',
});
const out = result.outputFiles.find((f) => f.path.endsWith('.js'));
if (!out) throw new Error(`esbuild wrote no JavaScript for ${widget}`);
const total = gzipSync(out.contents, { level: 9 }).length;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
  .map(([path, { bytesInOutput }]) => ({ path: relative(process.cwd(), resolve(path)), bytes: bytesInOutput }))
  .filter((m) => m.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
const byPackage = new Map<string, number>();
for (const m of inputs) {
  const key = m.path.startsWith('node_modules/')
    ? m.path
        .split('/')
        .slice(1, m.path.split('/')[1]?.startsWith('@') ? 3 : 2)
        .join('/')
    : m.path;
  byPackage.set(key, (byPackage.get(key) ?? 0) + m.bytes);
}
const min = out.contents.length;
console.log(`${widget}: ${(min / 1024).toFixed(1)} KB minified, ${(total / 1024).toFixed(1)} KB gzip (one file)\n`);
console.log('minified   ~gzip  module (node_modules grouped by package)');
for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(8)} ${String(Math.round((bytes / min) * total)).padStart(7)}  ${key}`);
}
