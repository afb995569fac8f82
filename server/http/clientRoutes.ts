import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type RequestHandler } from 'express';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Turkic Metaverse</title>
<p>The browser app has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it).</p>`;

/** Serves the built single-page app; every non-API GET falls back to index.html. */
export function clientRoutes(clientDir: string): Router {
  const router = Router();
  const root = path.resolve(clientDir);
  const index = path.join(root, 'index.html');
  router.use(express.static(root, { index: false, maxAge: '1h', immutable: false }));
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/')) return next();
    if (!existsSync(index)) return void res.status(503).type('html').send(NOT_BUILT);
    res.set('Cache-Control', 'no-cache').sendFile(index);
  };
  router.use(fallback);
  return router;
}
