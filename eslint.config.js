// ESLint flat config: type-aware TypeScript rules, Lit template rules, web-component rules and
// accessibility rules for Lit templates.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'bench/results/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...lit['flat/recommended'],
    rules: {
      ...lit['flat/recommended'].rules,
      // It flags every attribute starting with "on-" (Polymer's old event syntax), such as our
      // `on-call-number`; Lit 3 has no such syntax to confuse it with.
      'lit/no-legacy-template-syntax': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc['flat/recommended'],
  },
  {
    // Lit calls template event listeners (@click=${this.onClick}) with the element as `this`.
    files: ['packages/widgets/src/**/*.ts', 'packages/assistant/src/client/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
    rules: {
      ...litA11y.configs.recommended.rules,
      // `<ul role="list">` is on purpose: Safari (VoiceOver) drops the list role of a list styled
      // without bullets, and our lists of cards, badges and links have none.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // Tests use chai's property assertions (`expect(x).to.be.true`) and loose fixtures.
    files: ['test/**/*.ts'],
    rules: {
      // Test suites are registered, not awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // typescript-eslint takes mocha's global it() for a promise (it is not); chai-a11y-axe's
    // awaited assertions are still checked by await-thenable.
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // Plain JavaScript tooling files are not part of a TypeScript project.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
