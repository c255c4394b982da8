// Lint: typescript-eslint's recommended rules, and no import cycles (the layers in src/ only point down).
// eslint-plugin-import rather than import-x: import-x pulls unrs-resolver, whose per-platform optional
// bindings npm leaves out of the lock file, and `npm ci` then refuses the lock (npm/cli#4828).
const tseslint = require('typescript-eslint');
const importPlugin = require('eslint-plugin-import');
const regexpPlugin = require('eslint-plugin-regexp');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'graph/**', 'test/generated/**', 'coverage/**', 'src/explorer/public/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/extensions': ['.ts', '.js'],
    },
    rules: {
      'import/no-cycle': ['error', { maxDepth: Infinity }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Every regex may meet hostile text (documents, arguments): no pattern whose backtracking or unanchored
    // search grows faster than the input. test/unit/regex-linearity.test.ts times the parsers on growing input.
    files: ['src/**/*.ts'],
    plugins: { regexp: regexpPlugin },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  },
  {
    // The format parsers are being rewritten (block-based extraction); until that lands their remaining
    // findings are warnings, and the timing and fuzz tests (test/unit/parse-*.test.ts) hold them to linear time.
    files: ['src/ingest/parsers/**/*.ts'],
    rules: { 'regexp/no-super-linear-backtracking': 'warn', 'regexp/no-super-linear-move': 'warn' },
  },
  {
    // The extractor's layout, segment and field rules run on cleaned lines (cleanMarkup collapses every run of
    // spaces and tabs to one character), where the findings left are about `\s` runs that cannot be longer than
    // one; they stay visible as warnings. Runs of other characters (stars, letters, dots) are trimmed by scanning
    // (src/ingest/text-trim.ts), and test/unit/parse-fuzz.test.ts times long runs through this path.
    files: ['src/ingest/layout/**/*.ts', 'src/ingest/segment/**/*.ts', 'src/ingest/fields/**/*.ts'],
    rules: { 'regexp/no-super-linear-backtracking': 'warn', 'regexp/no-super-linear-move': 'warn' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      // Only src/db talks to neo4j-driver; everything else goes through the executor.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Use src/db (the executor) instead.', allowTypeImports: true }] }],
    },
  },
);
