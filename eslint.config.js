// ESLint: typescript-eslint's type-aware recommended rules for TypeScript, eslint-plugin-astro for .astro files,
// jsx-a11y for the Preact widgets (JSX), and eslint-config-prettier last so that formatting is Prettier's alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
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
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
