/**
 * `@sumup/sdk` 0.2.0 typed as well as it can be under this server's `moduleResolution: nodenext`.
 *
 * The package's ESM declarations (dist/index.d.ts) re-export `./client`, `./core`, `./types` without file
 * extensions, which nodenext refuses for an ESM package: `import SumUp from '@sumup/sdk'` type-checks as a
 * class whose constructor takes no argument, `APIError` is unresolved and `readers` is `any`. The
 * CommonJS declarations (dist/index.d.cts) get further, so the class types are taken from there
 * (`resolution-mode: 'require'`, type-only, erased at build) and laid over the ESM runtime values, which
 * are the very classes the SDK throws. That types the constructor, the method names and parameters and
 * `APIError.status`; response bodies still come out as `any` (the .d.cts files reach the shared
 * `types/*.d.ts`, which are ESM and extensionless again), so code must not lean on them being checked.
 */
import SumUpRuntime, { APIError as APIErrorRuntime, SumUpError as SumUpErrorRuntime } from '@sumup/sdk';
import type * as SumUpTypes from '@sumup/sdk' with { 'resolution-mode': 'require' };

export const SumUp = SumUpRuntime as unknown as typeof SumUpTypes.SumUp;
export type SumUp = SumUpTypes.SumUp;
export const APIError = APIErrorRuntime as unknown as typeof SumUpTypes.APIError;
export type APIError<T = unknown> = SumUpTypes.APIError<T>;
export const SumUpError = SumUpErrorRuntime as unknown as typeof SumUpTypes.SumUpError;
export type SumUpError = SumUpTypes.SumUpError;
export type { SumUpTypes };
