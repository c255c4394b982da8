/**
 * Projects: `unit` (pure logic, no database), `integration` (a real Neo4j, started by globalSetup unless
 * NEO4J_URI points at one) and `browser` (the explorer page driven by Chromium through playwright-core, with
 * the same Neo4j), included only when a Chromium executable exists. `npm test` runs them all.
 */
const fs = require('node:fs');

const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
};
const withNeo4j = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** CHROMIUM_PATH, else the usual Debian/Ubuntu locations; test/browser reads the same variable. */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
if (chromium) {
  process.env.CHROMIUM_PATH = chromium;
} else {
  console.log('\n[jest] browser tests skipped: no Chromium executable (set CHROMIUM_PATH, or `apt-get install -y chromium`)\n');
}

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, ...withNeo4j, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    ...(chromium ? [{ ...common, ...withNeo4j, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] }] : []),
  ],
  testTimeout: 60000,
};
