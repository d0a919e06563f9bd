/// <reference types="astro/client" />

/** Each calculator's island component by its registry name (src/integrations/calculator-islands.ts writes them). */
declare module 'virtual:calculator-islands' {
  export const islands: Record<string, import('astro/runtime/server/index.js').AstroComponentFactory>;
}
