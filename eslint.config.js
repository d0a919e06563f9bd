// ESLint: typescript-eslint's type-aware recommended rules for TypeScript, eslint-plugin-astro for .astro files,
// jsx-a11y for the Preact widgets (JSX), and eslint-config-prettier last so that formatting is Prettier's alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // the rule knows React's htmlFor only; Preact writes <label for>. axe checks every label on the built pages.
      'jsx-a11y/label-has-associated-control': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // the project's rule: no `any` (STYLE.md); unused names are mistakes, except _ for a deliberately ignored one
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // with noUncheckedIndexedAccess (tsconfig strictest), `m[1]!` after a regex that matched is the honest way to
      // say the group exists; the alternative is a dead branch
      '@typescript-eslint/no-non-null-assertion': 'off',
      // deleting a key of a plain record (answers, field errors) is what the code means
      '@typescript-eslint/no-dynamic-delete': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The layers (src/rules/README.md): pages → layouts → components → widgets → rules, with lib and the client
    // scripts beside components. Nothing imports upward, nothing imports in a circle, and nothing outside src/rules/
    // reaches past its one public entry, src/rules/index.ts.
    files: ['src/**/*.{ts,tsx,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/external-module-folders': ['node_modules'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/rules',
              from: './src',
              except: ['./rules'],
              message: 'src/rules/ is pure: it imports nothing else of the site',
            },
            {
              target: './src/widgets',
              from: './src',
              except: ['./widgets', './rules'],
              message: 'widgets import only src/rules/',
            },
            {
              target: './src/lib',
              from: ['./src/widgets', './src/components', './src/layouts', './src/pages', './src/scripts'],
              message: 'lib sits below components and pages',
            },
            {
              target: './src/scripts',
              from: ['./src/components', './src/layouts', './src/pages'],
              message: 'client scripts sit below components and pages',
            },
            {
              target: './src/components',
              from: ['./src/layouts', './src/pages'],
              message: 'components never import layouts or pages',
            },
            { target: './src/layouts', from: './src/pages', message: 'layouts never import pages' },
            {
              target: './src/!(rules)/**/*',
              from: './src/rules',
              except: ['./index.ts'],
              message: 'import src/rules/index.ts, the rules module’s one public entry',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
