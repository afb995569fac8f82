import type { Request, RequestHandler, Response } from 'express';
import type { SessionUser } from '../../shared/api.ts';
import { InvalidSessionError, type SessionTokens } from '../auth/sessions.ts';
import { can, type Action } from '../auth/permissions.ts';
import { HttpError } from './errors.ts';

/** Reads the bearer token; every route after it can rely on `userOf(res)`. */
export function authenticate(tokens: SessionTokens): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    try {
      res.locals.user = await tokens.verify(token);
      next();
    } catch (error) {
      if (error instanceof InvalidSessionError) {
        throw error.banned
          ? new HttpError(403, 'forbidden', error.message)
          : new HttpError(401, 'unauthorized', error.message);
      }
      throw error;
    }
  };
}

export function userOf(res: Response): SessionUser {
  return res.locals.user as SessionUser;
}

/** Refuses with 403 unless the signed-in user may do `action` on what the path names (a booth, a stage). */
export function requirePermission(action: Action): RequestHandler {
  return (req: Request, res, next) => {
    const target = typeof req.params.id === 'string' ? req.params.id : undefined;
    if (!can(userOf(res), action, target)) {
      throw new HttpError(403, 'forbidden', `the ${userOf(res).role} role may not do this (${action})`);
    }
    next();
  };
}

/** The two checks every guarded route starts with: who is asking, and may they do `action`. */
export function signedInMay(tokens: SessionTokens, action: Action): RequestHandler[] {
  return [authenticate(tokens), requirePermission(action)];
}
