import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Borders between processes (STYLE.md habit 13): lint keeps them so a slip fails CI. */
const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib'];
const sharedBorder = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
    { group: node, message: 'src/shared is pure: no Node modules.' },
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/shared is pure: no React.',
    },
    {
      group: ['**/main/**', '**/renderer/**', '**/preload/**'],
      message: 'src/shared imports nothing from the processes.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['bin/**', 'bench/**', 'scripts/**', '*.mjs', '.ci/**'], languageOptions: { globals: globals.node } },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', sharedBorder] } },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'Main never imports the renderer.' }],
        },
      ],
    },
  },
  {
    // Only the thin glue may touch Electron; everything else in main runs in Node tests and the CLI.
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/security.ts', 'src/main/menu.ts', 'src/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Only index/window/security/menu/ipc.ts import Electron.' },
            { group: ['**/renderer/**', 'react', 'react-dom'], message: 'Main never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through bridge/.' },
            { group: node, message: 'The renderer runs sandboxed: no Node modules.' },
            { group: ['**/main/**', '**/preload/**'], message: 'Main and renderer never import each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/bridge/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'api',
          message: 'Use src/renderer/bridge: the one place that touches window.api.',
        },
      ],
    },
  },
);
