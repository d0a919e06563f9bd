// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/** The public origin the site is deployed at (canonical URLs, sitemap, share cards). Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'https://xcgjn.example.cn';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // vitest reads content collections from .astro/data-store.json (STACK.md)
  cacheDir: './.astro',
  integrations: [mdx(), preact()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
