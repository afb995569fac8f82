import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/profile.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { newSession, serverOnFreshDatabase } from '../fixtures/server.ts';

describe.each(BACKENDS)('profiles on $name', { timeout: 60_000 }, ({ create }) => {
  const suite = serverOnFreshDatabase(create);

  it('starts empty and findable, keeps what is changed and leaves the rest', async () => {
    const { token } = await newSession(suite.server());
    expect((await call(suite.server(), 'GET', '/api/profile', { token })).json.profile).toEqual(EMPTY_PROFILE);

    const first = await call(suite.server(), 'PATCH', '/api/profile', {
      token,
      body: { organisation: '  Astana Hub ', title: 'Partnerships', email: 'a@astanahub.kz' },
    });
    expect(first.status).toBe(200);
    expect(first.json.profile).toMatchObject({ organisation: 'Astana Hub', title: 'Partnerships', findable: true });

    await call(suite.server(), 'PATCH', '/api/profile', {
      token,
      body: { findable: false, website: 'https://astanahub.com' },
    });
    const read = await call(suite.server(), 'GET', '/api/profile', { token });
    expect(read.json.profile).toEqual({
      ...EMPTY_PROFILE,
      organisation: 'Astana Hub',
      title: 'Partnerships',
      email: 'a@astanahub.kz',
      website: 'https://astanahub.com',
      findable: false,
    });
    // Emptying a field is allowed: it means "not given".
    await call(suite.server(), 'PATCH', '/api/profile', { token, body: { email: '' } });
    expect((await call(suite.server(), 'GET', '/api/profile', { token })).json.profile).toMatchObject({ email: '' });
  });

  it('is private to its owner and needs a session', async () => {
    const owner = await newSession(suite.server());
    const other = await newSession(suite.server(), { name: 'Other', country: 'tr', lang: 'tr' });
    await call(suite.server(), 'PATCH', '/api/profile', { token: owner.token, body: { organisation: 'Owner Org' } });
    expect((await call(suite.server(), 'GET', '/api/profile', { token: other.token })).json.profile).toEqual(
      EMPTY_PROFILE,
    );
    expect((await call(suite.server(), 'GET', '/api/profile')).status).toBe(401);
    expect((await call(suite.server(), 'PATCH', '/api/profile', { body: { organisation: 'x' } })).status).toBe(401);
  });

  it.each([
    [{}, /at least one field/],
    [{ email: 'not-an-email' }, /e-mail/],
    [{ website: 'javascript:alert(1)' }, /https?:\/\//],
    [{ phone: 'call me' }, /digits/],
    [{ organisation: 'x'.repeat(121) }, /at most 120/],
    [{ title: 'a\u0000b' }, /control characters/],
    [{ findable: 'yes' }, /findable/],
    [{ userId: 'someone-else' }, /userId|Unrecognized/i],
  ])('refuses %j with a clear message and changes nothing', async (body, message) => {
    const { token } = await newSession(suite.server());
    await call(suite.server(), 'PATCH', '/api/profile', { token, body: { organisation: 'Kept' } });
    const answer = await call(suite.server(), 'PATCH', '/api/profile', { token, body });
    expect(answer.status).toBe(400);
    expect(answer.json.error?.message).toMatch(message);
    expect((await call(suite.server(), 'GET', '/api/profile', { token })).json.profile).toEqual({
      ...EMPTY_PROFILE,
      organisation: 'Kept',
    });
  });
});
