import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SessionRequest } from '../../shared/api.ts';
import { InvalidSessionError, SessionTokens } from '../../server/auth/sessions.ts';

const secret = 'test-secret-that-is-long-enough-for-hs256';
const request = { name: 'Әлия Нұрланқызы', country: 'kz', lang: 'kk' } as const;

describe('session tokens', () => {
  it('round-trips a guest visitor', async () => {
    const tokens = new SessionTokens(secret, 1);
    const { token, user } = await tokens.issue(request);
    expect(user.role).toBe('visitor');
    await expect(tokens.verify(token)).resolves.toEqual(user);
  });

  it('refuses a token signed with another key, an expired one and garbage', async () => {
    const mine = new SessionTokens(secret, 1);
    const theirs = new SessionTokens('another-secret-that-is-long-enough-ok', 1);
    const { token } = await theirs.issue(request);
    await expect(mine.verify(token)).rejects.toThrow(InvalidSessionError);
    const expired = await new SignJWT({ ...request, role: 'visitor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('turkic-metaverse')
      .setAudience('expo')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(secret));
    await expect(mine.verify(expired)).rejects.toThrow(/expired/);
    await expect(mine.verify('not.a.token')).rejects.toThrow(InvalidSessionError);
    await expect(mine.verify(undefined)).rejects.toThrow(/required/);
  });
});

describe('session request', () => {
  it('trims names and refuses empty, long or control-character names', () => {
    expect(SessionRequest.parse({ ...request, name: '  Ali  ' }).name).toBe('Ali');
    expect(SessionRequest.safeParse({ ...request, name: '   ' }).success).toBe(false);
    expect(SessionRequest.safeParse({ ...request, name: 'x'.repeat(41) }).success).toBe(false);
    expect(SessionRequest.safeParse({ ...request, name: 'x'.repeat(40) }).success).toBe(true);
    expect(SessionRequest.safeParse({ ...request, name: 'a\u0000b' }).success).toBe(false);
    expect(SessionRequest.safeParse({ ...request, country: 'fr' }).success).toBe(false);
    expect(SessionRequest.safeParse({ ...request, lang: 'de' }).success).toBe(false);
  });
});
