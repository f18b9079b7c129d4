// Jest `setupFiles` entry for this project (see src/testing/env.ts).
import './src/testing/env';
