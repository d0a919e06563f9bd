/**
 * Worked examples (ExampleCard.astro) are laid out when the reader comes near them, not at load (global.css,
 * .example-body: content-visibility: auto), and stay within reach: by scrolling, by a link to the card, by a link to
 * words in it (#:~:text=), and in print. "Drawn" below is Chromium's own answer: checkVisibility() with
 * contentVisibilityAuto is false for what content-visibility skips.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite, withCleanPage } from './harness';
import { exampleArticles, loadExamples } from '../../src/lib/examples';

const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 } };
const examples = loadExamples();

const withPage = (path: string, options: BrowserContextOptions, fn: (page: Page) => Promise<void>) =>
  withCleanPage(site(), path, options, fn);

/** For each card on the page, in order: is its body's last paragraph drawn, and is its heading? */
const drawn = (page: Page) =>
  page.evaluate(async () => {
    // two frames: the viewport's first answer about what is near is given after a frame is drawn
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return [...document.querySelectorAll('.example')].map((card) => ({
      id: card.id,
      body: card.querySelector('.example-why')!.checkVisibility({ contentVisibilityAuto: true }),
      heading: card.querySelector('h2, h3')!.checkVisibility({ contentVisibilityAuto: true }),
    }));
  });

const top = (page: Page, id: string) =>
  page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);

/**
 * The card's top once the page has stopped moving: read after every two frames until two readings agree and the card's
 * body is drawn (the cards above it are then laid out too). A state, not a fixed wait.
 */
const settledTop = (page: Page, id: string) =>
  page.evaluate(async (id) => {
    const card = document.getElementById(id)!;
    const read = () => Math.round(card.getBoundingClientRect().top);
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    let last = read();
    for (;;) {
      await frames();
      const now = read();
      if (now === last && card.querySelector('.example-why')!.checkVisibility({ contentVisibilityAuto: true }))
        return now;
      last = now;
    }
  }, id);

describe('worked examples are drawn when the reader comes near them', () => {
  it('/examples/ at 360 px: at load only the cards near the screen are drawn; every heading is; a card scrolled to is', async () => {
    await withPage('/examples/', PHONE, async (page) => {
      const cards = await drawn(page);
      expect(cards.length).toBe(examples.length);
      expect(cards.every((c) => c.heading)).toBe(true);
      expect(cards.filter((c) => c.body).length).toBeLessThanOrEqual(2);
      expect(cards.at(-1)!.body).toBe(false);
      const last = cards.at(-1)!.id;
      await page.locator(`#${last} .example-why`).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await drawn(page)).at(-1)!.body).toBe(true);
      expect(await page.locator(`#${last} .example-why`).isVisible()).toBe(true);
    });
  });

  it('/measure/6/ at 360 px: the examples under the calculator are not drawn at load', async () => {
    await withPage('/measure/6/', PHONE, async (page) => {
      const cards = await drawn(page);
      expect(cards.length).toBe(examples.filter((e) => exampleArticles(e).includes(6)).length);
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.some((c) => c.body)).toBe(false);
    });
  });

  it('a link in the list at the top of /examples/ puts that card at the top of the screen, and it stays there', async () => {
    await withPage('/examples/', PHONE, async (page) => {
      const ids = await page.$$eval('.example', (els) => els.map((e) => e.id));
      for (const id of [ids[Math.floor(ids.length * 0.75)]!, ids.at(-1)!]) {
        await page.click(`a[href="#${id}"]`);
        await expect.poll(async () => Math.abs(await top(page, id))).toBeLessThanOrEqual(2);
        // once the page has settled (its body drawn, the cards above it laid out), nothing has pushed it away
        expect(Math.abs(await settledTop(page, id))).toBeLessThanOrEqual(2);
      }
    });
  });

  it('an address with #example-… opens /examples/ at that card', async () => {
    const id = 'example-organisation-nothing-answered';
    await withPage(`/examples/#${id}`, PHONE, async (page) => {
      await expect.poll(async () => Math.abs(await top(page, id))).toBeLessThanOrEqual(2);
      await expect.poll(async () => (await drawn(page)).find((c) => c.id === id)!.body).toBe(true);
    });
  });

  it("a link to words in the last card's body (#:~:text=) opens /examples/ with those words on the screen", async () => {
    let words = '';
    await withPage('/examples/', PHONE, async (page) => {
      words = (await page.locator('.example .example-why').last().textContent())!.replace(/^依据：/, '');
    });
    expect(words.length).toBeGreaterThan(10);
    await withPage(`/examples/#:~:text=${encodeURIComponent(words)}`, PHONE, async (page) => {
      const why = page.locator('.example .example-why').last();
      await expect.poll(() => why.evaluate((p) => p.getBoundingClientRect().top), { timeout: 5000 }).toBeLessThan(740);
      expect(await why.evaluate((p) => p.getBoundingClientRect().bottom)).toBeGreaterThan(0);
      await expect.poll(async () => (await drawn(page)).at(-1)!.body).toBe(true);
    });
  });

  it('printed, every card is drawn in full', async () => {
    await withPage('/examples/', PHONE, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const cards = await drawn(page);
      expect(cards.length).toBe(examples.length);
      expect(cards.every((c) => c.body)).toBe(true);
    });
  });
});
