import type { RequestHandler } from 'express';

/** Serves the client through Vite with hot reload; only loaded by `npm run dev`. */
export async function devClientMiddleware(): Promise<RequestHandler> {
  const { createServer } = await import('vite');
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'spa' });
  return vite.middlewares as unknown as RequestHandler;
}
