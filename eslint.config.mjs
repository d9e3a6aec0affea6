// Lint with type information: typescript-eslint's type-checked rules on every TypeScript file, Astro's rules on
// components. Zero warnings is the bar (npm test runs `eslint --max-warnings 0`).
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '.tools/',
      'data/',
      'site/dist/',
      'site/.astro/',
      'site/.builds/',
      // next build output, also of test stacks (cms/.next-<name>/, scripts/test-stack.ts)
      'cms/.next*/',
      'bench/corpus/',
      'cms/contract/src/payload-types.ts',
      'cms/src/migrations/',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
)
