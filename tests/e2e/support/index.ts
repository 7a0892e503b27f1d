// One import for e2e tests: `import { startFakeAws, createUserPool, launchWithExtension, … } from './support'`.
export * from './appServer';
export * from './browser';
export * from './certs';
export * from './fakeAws';
export * from './pageChecks';
export * from './probeExtension';
export * from './signinFlows';
export * from './tokens';
export * from './world';
