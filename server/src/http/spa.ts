import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

const API_PREFIXES = ['/graphql', '/health', '/webhooks', '/files'];

/**
 * Serves a built SPA under `mount` with an index.html fallback for client-side routes. Hashed
 * assets are cached for a year, index.html never.
 */
export function serveSpa(app: Express, mount: string, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    mount,
    express.static(distDir, {
      index: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use(mount, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.originalUrl.startsWith(p))) return next();
    if (path.extname(req.path) !== '') return next(); // a missing asset is a 404, not the app
    if (mount === '/' && req.originalUrl.startsWith('/crm')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
