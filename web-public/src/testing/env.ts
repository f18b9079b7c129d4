/**
 * Globals that browsers have and jest-environment-jsdom does not expose. React Router creates a
 * TextEncoder when its module loads, so this must run before any import of react-router.
 *
 * The root jest.config.ts should load it for the whole project (`setupFiles: ['<rootDir>/jest.setup.ts']`);
 * until then each test file imports it first.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// jsdom has no layout: scrolling is a no-op (instead of a "not implemented" error on the console).
if (typeof window !== 'undefined') {
  window.scrollTo = () => undefined;
}
