import type { Request } from 'express';

/** The caller's IP as Express computed it (honours TRUST_PROXY through `trust proxy`). */
export function clientIp(req: Request | undefined): string {
  return req?.ip ?? req?.socket.remoteAddress ?? 'unknown';
}
