// Lint: typescript-eslint's recommended rules, and no import cycles (the layers in src/ only point down).
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'graph/**', 'test/generated/**', 'coverage/**', 'src/explorer/public/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      // Only src/db talks to neo4j-driver; everything else goes through the executor.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Use src/db (the executor) instead.', allowTypeImports: true }] }],
    },
  },
);
