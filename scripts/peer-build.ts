// The peer (../shared/peer-starlight/, the same 20 articles in Starlight) built once in a temporary copy and cached under
// node_modules/.cache/peer-starlight/<hash of the peer's files>/dist, so a second bench run skips its one-minute build.
//   node scripts/peer-build.ts   builds (or finds) it and prints the dist folder
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const PEER_SOURCE = resolve(
  process.env.PEER_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'peer-starlight'),
);
const CACHE = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'peer-starlight');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git']);

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name): string[] => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

/** A hash of every file of the peer (paths and contents), so an edit there builds it again. */
export function peerHash(source = PEER_SOURCE) {
  const h = createHash('sha256');
  for (const f of files(source)) h.update(relative(source, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The peer's built site: from the cache, or built now (npm ci && npm run build in a temporary copy). Returns its dist dir and build time. */
export function peerDist({ log = console.error } = {}) {
  if (!existsSync(join(PEER_SOURCE, 'package.json')))
    throw new Error(`The peer is not at ${PEER_SOURCE} (set PEER_DIR).`);
  const key = peerHash();
  const cached = join(CACHE, key, 'dist');
  const timeFile = join(CACHE, key, 'build-ms');
  if (existsSync(join(cached, 'index.html'))) {
    return {
      dist: cached,
      buildMs: existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8')) : undefined,
      cached: true,
    };
  }
  const work = mkdtempSync(join(tmpdir(), 'peer-starlight-'));
  try {
    log(`peer: building ${PEER_SOURCE} in ${work} (cache key ${key}) …`);
    cpSync(PEER_SOURCE, work, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop() ?? '') });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const started = performance.now();
    execFileSync('npm', ['run', 'build'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const buildMs = performance.now() - started;
    rmSync(join(CACHE, key), { recursive: true, force: true });
    cpSync(join(work, 'dist'), cached, { recursive: true });
    execFileSync('sh', ['-c', `printf %s ${Math.round(buildMs)} > "${timeFile}"`]);
    return { dist: cached, buildMs, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dist, buildMs, cached } = peerDist();
  console.log(
    `${dist} (${cached ? 'cached' : 'built'}; build ${buildMs ? `${(buildMs / 1000).toFixed(1)} s` : 'time unknown'})`,
  );
}
