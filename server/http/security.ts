import type { IncomingMessage } from 'node:http';
import { matchMaker } from '@colyseus/core';
import type { RequestHandler } from 'express';

/**
 * What the page may load: only this server, plus blob: workers (3D text layout runs in one)
 * and blob:/data: images (canvas textures). Connections go to this server only, WebSockets
 * included, and to the LiveKit server when voice and video are on.
 */
function contentSecurityPolicy(mediaSource: string | undefined): string {
  return [
    "default-src 'self'",
    // The 3D text layout worker loads its code from a blob: URL made by this page's own script.
    "script-src 'self' blob:",
    "worker-src 'self' blob:",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${mediaSource ? ` ${mediaSource}` : ''}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers on every response; the CSP is left off while Vite serves the client in development. */
export function securityHeaders(options: { contentSecurityPolicy: boolean; mediaSource?: string }): RequestHandler {
  const policy = contentSecurityPolicy(options.mediaSource);
  return (_req, res, next) => {
    if (options.contentSecurityPolicy) res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=(self), geolocation=()');
    next();
  };
}

/** True when a browser's Origin header names the host the request was sent to. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Browsers always send Origin on a WebSocket upgrade: a page from another site may not open
 * a connection on its visitor's behalf. Programs that send no Origin (bots, tests) still need
 * a valid session token to join anything.
 */
export function verifyWebSocketOrigin(info: { origin?: string; req: IncomingMessage }): boolean {
  return !info.origin || isSameOrigin(info.origin, info.req.headers.host);
}

/** Colyseus answers matchmaking with open CORS by default; here only the page's own origin is served. */
export function closeMatchmakingCors(): void {
  const controller = matchMaker.controller as unknown as {
    DEFAULT_CORS_HEADERS: Record<string, string>;
    getCorsHeaders(req: IncomingMessage): Record<string, string>;
  };
  controller.DEFAULT_CORS_HEADERS = {};
  controller.getCorsHeaders = () => ({});
}
