/**
 * Each calculator's island script, derived: one small Astro component per calculator whose <script> hydrates that
 * calculator with its widget (`hydrateIslands('<name>', Widget)`, src/widgets/island.ts). Astro bundles each
 * component's <script> on its own, so a page that renders one calculator gets the code of that calculator only;
 * Calculator.astro puts the component in its <template data-island-module>, which src/scripts/reading-mode.ts imports
 * when the reader nears the calculator.
 *
 * These components are not files: this Vite plugin writes them when they are asked for, at
 * src/components/islands/calculators/<name>.astro (a path that exists only here), one for each entry of the registry
 * (src/components/calculators.ts), read from its source: each entry's `name: '<name>'` and `widget: <Widget>`, and the
 * widget's import. `virtual:calculator-islands` maps each name to its component. test/widgets/calculator-registry.test.ts
 * checks that what is read here is what the registry module holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REGISTRY = join(ROOT, 'src/components/calculators.ts');
/** Where the components seem to be: their scripts' chunks are named after them (<name>.astro_astro_type_script…). */
export const ISLAND_DIR = join(ROOT, 'src/components/islands/calculators');
const INDEX = 'virtual:calculator-islands';
const RESOLVED_INDEX = `\0${INDEX}`;

/**
 * Every calculator's name and widget module (its path under src/widgets/, as the registry imports it), in the
 * registry's order, read from the registry's source.
 */
export function calculatorIslands(registry = readFileSync(REGISTRY, 'utf8')): { name: string; widget: string }[] {
  const modules = new Map(
    [...registry.matchAll(/^import (\w+) from '\.\.\/widgets\/([\w/-]+)';$/gm)].map((m) => [m[1]!, m[2]!]),
  );
  return [...registry.matchAll(/^\s+name: '([a-z0-9-]+)',$[\s\S]*?^\s+widget: (\w+),$/gm)].map((m) => {
    const widget = modules.get(m[2]!);
    if (!widget)
      throw new Error(`src/components/calculators.ts: ${m[1]}'s widget ${m[2]} is not imported from ../widgets/`);
    return { name: m[1]!, widget };
  });
}

/** The island component of one calculator: its script imports its widget and hydrates its islands. */
export const islandSource = (name: string, widget: string): string => `<script>
  import { hydrateIslands } from '../../../widgets/island';
  import Widget from '../../../widgets/${widget}';
  hydrateIslands('${name}', Widget);
</script>
`;

/** The calculator name of a module id inside ISLAND_DIR (an absolute or root-relative path, maybe with a query). */
function islandName(id: string): string | undefined {
  const path = id.split('?')[0]!;
  const file = path.startsWith('/src/') ? join(ROOT, path) : path;
  const m = /^(.*)[\\/]([a-z0-9-]+)\.astro$/.exec(file);
  return m && m[1] === ISLAND_DIR ? m[2] : undefined;
}

export default function calculatorIslandsPlugin(): Plugin {
  const widgetOf = (name: string) => calculatorIslands().find((c) => c.name === name)?.widget;
  return {
    name: 'calculator-islands',
    enforce: 'pre',
    resolveId(id) {
      if (id === INDEX) return RESOLVED_INDEX;
      const name = islandName(id);
      if (name && widgetOf(name)) {
        const query = id.includes('?') ? id.slice(id.indexOf('?')) : '';
        return join(ISLAND_DIR, `${name}.astro`) + query;
      }
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        this.addWatchFile(REGISTRY);
        const islands = calculatorIslands();
        return [
          ...islands.map((c, i) => `import island${i} from ${JSON.stringify(join(ISLAND_DIR, `${c.name}.astro`))};`),
          `export const islands = { ${islands.map((c, i) => `${JSON.stringify(c.name)}: island${i}`).join(', ')} };`,
        ].join('\n');
      }
      // the component itself; its script (`?astro&type=script…`) Astro's own plugin serves from what it compiled
      if (id.includes('?')) return undefined;
      const name = islandName(id);
      const widget = name && widgetOf(name);
      return widget ? islandSource(name, widget) : undefined;
    },
  };
}
