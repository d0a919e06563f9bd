/**
 * The offline copy and the home-screen install, as built: the web app manifest and its icons (src/lib/app-manifest.ts),
 * the links every page carries, the 离线保存 button's size filled in, and the service worker's names as the inline
 * script spells them (src/lib/offline.ts). What the service worker does is test/browser/offline.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtDocument, builtPages, distDir } from './built';
import { OFFLINE_PATH, PRECACHE_SIZE_TOKEN, SW_PATH, VERSION_PATH } from '../../src/lib/offline';
import pkg from '../../package.json';

const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  lang: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

describe('/manifest.webmanifest', () => {
  it('names the site, starts at /, stands alone, in zh-CN, with a theme colour', () => {
    expect(manifest.name).toBe('许昌高技能人才政策');
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(8);
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.lang).toBe('zh-CN');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('has icons of 192 and 512 px and a maskable one, each a PNG of the size it says', async () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const meta = await sharp(join(distDir, icon.src)).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      expect(meta.format, icon.src).toBe('png');
    }
  });

  it('the maskable icon fills its square with the theme colour and keeps its white character in the safe circle', async () => {
    const icon = manifest.icons.find((i) => i.purpose === 'maskable')!;
    const { data, info } = await sharp(join(distDir, icon.src)).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => {
      const o = (y * info.width + x) * info.channels;
      return `#${[0, 1, 2].map((c) => data[o + c]!.toString(16).padStart(2, '0')).join('')}`;
    };
    for (const [x, y] of [
      [0, 0],
      [info.width - 1, 0],
      [0, info.height - 1],
      [info.width - 1, info.height - 1],
    ])
      expect(at(x!, y!)).toBe(manifest.theme_color);
    // the safe zone of a maskable icon: a circle of 40 % of the size around the centre
    let white = 0;
    let outside = 0;
    for (let y = 0; y < info.height; y++)
      for (let x = 0; x < info.width; x++) {
        const o = (y * info.width + x) * info.channels;
        if (data[o]! < 200 || data[o + 1]! < 200 || data[o + 2]! < 200) continue;
        white++;
        if (Math.hypot(x - info.width / 2, y - info.height / 2) > 0.4 * info.width) outside++;
      }
    expect(white).toBeGreaterThan(1000);
    expect(outside).toBe(0);
  });
});

describe('every page', () => {
  it.each(builtPages().map((p) => [p.route] as const))(
    '%s links the manifest and the theme colour, and carries the 离线保存 button with its size',
    (route) => {
      const doc = builtDocument(route);
      expect(doc.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
      expect(doc.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(manifest.theme_color);
      const button = doc.querySelector('.site-footer [data-offline-save]');
      expect(button?.textContent?.trim(), route).toMatch(/^离线保存本站（约 \d+\.\d MB）$/);
      expect(button?.getAttribute('data-saved')).toBe(`已离线保存（版本 ${pkg.version}）`);
      expect(doc.documentElement.outerHTML).not.toContain(PRECACHE_SIZE_TOKEN);
    },
  );

  it('each calculator and the checker say which version of the rules computes their result', () => {
    const pages = builtPages().filter((p) => builtDocument(p.route).querySelector('.calculator-live [data-island]'));
    expect(pages.length).toBeGreaterThan(8);
    for (const { route } of pages) {
      const doc = builtDocument(route);
      const boxes = doc.querySelectorAll('.calculator-live');
      expect(boxes.length, route).toBeGreaterThan(0);
      for (const box of boxes)
        expect(box.querySelector('.rules-edition')?.textContent?.trim(), route).toMatch(
          new RegExp(`^按本站版本 ${pkg.version.replace(/\./g, '\\.')}（\\d{4}年\\d{1,2}月\\d{1,2}日构建）的规则计算$`),
        );
    }
  });

  it('/about/ has the button too, under 离线使用', () => {
    expect(builtDocument('/about/').querySelectorAll('[data-offline-save]')).toHaveLength(2);
    expect(builtDocument('/about/').querySelector('#offline')?.textContent).toBe('离线使用');
  });
});

describe('the service worker as built', () => {
  const sw = readFileSync(join(distDir, SW_PATH), 'utf8');

  it('the inline script registers the worker at the path the build writes it; every page has the update module', () => {
    expect(readFileSync('src/scripts/reading-mode.ts', 'utf8')).toContain(`'${SW_PATH}'`);
    for (const { route } of builtPages()) {
      const src = builtDocument(route)
        .querySelector<HTMLTemplateElement>('template[data-update-module]')
        ?.innerHTML.match(/src="([^"]+)"/)?.[1];
      expect(src, route).toMatch(/^\/_astro\/SwUpdateModule[\w.-]+\.js$/);
    }
    expect(JSON.parse(readFileSync(join(distDir, VERSION_PATH), 'utf8'))).toEqual({ siteVersion: pkg.version });
  });

  it('saves the offline page and never the 404 page; falls back to the offline page for navigations', () => {
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toContain(`${OFFLINE_PATH.slice(1)}index.html`);
    expect(urls.filter((u) => u.includes('404'))).toEqual([]);
    expect(sw).toContain(`"/${OFFLINE_PATH.slice(1)}index.html"`);
  });
});
