/** Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  testTimeout: 20000,
  // A real redis-server for the storage tests (never a mock): started once per run, stopped after it.
  globalSetup: '<rootDir>/test/support/redisGlobalSetup.ts',
  globalTeardown: '<rootDir>/test/support/redisGlobalTeardown.ts',
};
