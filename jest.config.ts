import type { Config } from 'jest';

// Jest runs in native ESM mode (NestJS 12 packages are ESM-only): `NODE_OPTIONS=--experimental-vm-modules`
// is set by the npm scripts. TypeScript is transpiled per file by ts-jest (isolatedModules).
const esmTs = (tsconfig: string) => ({
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Node runs the compiled dist/time (its exports map's "node" condition); tests run the source.
    '^@serenaia/shared/time$': '<rootDir>/../packages/shared/src/time/index.ts',
    '^@serenaia/shared/random$': '<rootDir>/../packages/shared/src/random.ts',
    '^@serenaia/shared/gift-card-code$': '<rootDir>/../packages/shared/src/gift-card-code.ts',
  },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig }] },
});

const config: Config = {
  // Not a timing assertion: a ceiling so that a hung test fails instead of blocking CI (integration
  // and browser tests start real servers and processes).
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'server-unit',
      testEnvironment: 'node',
      rootDir: '<rootDir>/server',
      // Pure test helpers (the fuzz suite's) have unit specs beside them.
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/support/**/*.spec.ts'],
      ...esmTs('<rootDir>/tsconfig.spec.json'),
    },
    {
      displayName: 'server-int',
      testEnvironment: 'node',
      rootDir: '<rootDir>/server',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      setupFiles: ['<rootDir>/test/setup-env.ts'],
      ...esmTs('<rootDir>/tsconfig.spec.json'),
    },
    {
      displayName: 'shared',
      testEnvironment: 'jsdom',
      rootDir: '<rootDir>/packages/shared',
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
      ...esmTs('<rootDir>/tsconfig.json'),
    },
    {
      displayName: 'web-public',
      testEnvironment: 'jsdom',
      rootDir: '<rootDir>/web-public',
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
      setupFiles: ['<rootDir>/jest.setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/../jest.web-setup.ts'],
      ...esmTs('<rootDir>/tsconfig.json'),
    },
    {
      displayName: 'web-crm',
      testEnvironment: 'jsdom',
      rootDir: '<rootDir>/web-crm',
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
      setupFiles: ['<rootDir>/jest.setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/../jest.web-setup.ts'],
      ...esmTs('<rootDir>/tsconfig.json'),
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '<rootDir>/e2e',
      testMatch: ['<rootDir>/**/*.e2e.ts'],
      ...esmTs('<rootDir>/tsconfig.json'),
    },
  ],
};

export default config;
