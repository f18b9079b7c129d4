/**
 * `@sumup/sdk` 0.2 typed as well as it can be under `moduleResolution: nodenext` (same trick as
 * test/fakes/sumup-sdk.ts, which explains it): the class types come from the package's CommonJS
 * declarations, laid over the ESM runtime values. Response bodies still type as `any`, so the gateway
 * reads them through its own narrow interfaces.
 */
import SumUpRuntime, { APIError as APIErrorRuntime } from '@sumup/sdk';
import type * as SumUpTypes from '@sumup/sdk' with { 'resolution-mode': 'require' };

export const SumUp = SumUpRuntime as unknown as typeof SumUpTypes.SumUp;
export type SumUp = SumUpTypes.SumUp;
export const APIError = APIErrorRuntime as unknown as typeof SumUpTypes.APIError;
export type APIError<T = unknown> = SumUpTypes.APIError<T>;
