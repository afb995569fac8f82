import { describe, expect, it } from 'vitest';
import type { Headcount } from '../../shared/headcount.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, serverOnFreshDatabase, until } from '../fixtures/server.ts';

describe.each(BACKENDS)('how many people are where, on $name', { timeout: 90_000 }, ({ create }) => {
  const suite = serverOnFreshDatabase(create);

  async function enter(name: string, where: 'plaza' | 'kz' | 'tr') {
    const { token } = await newSession(suite.server(), { name, country: 'kz', lang: 'en' });
    const options = { token, protocol: PROTOCOL_VERSION };
    const client = colyseusClient(suite.server());
    const room =
      where === 'plaza'
        ? await client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options)
        : await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId: where });
    room.onMessage('*', () => undefined);
    await until(() => room.state.players?.get(room.sessionId) !== undefined, 5000, 'own player');
    return { room, token };
  }

  const read = async (token: string) => {
    const response = await call(suite.server(), 'GET', '/api/headcount', { token });
    expect(response.status).toBe(200);
    return response.json as Headcount;
  };

  it('counts the people in each pavilion and on the plaza for anyone signed in, and nobody without a session', async () => {
    expect((await call(suite.server(), 'GET', '/api/headcount')).status).toBe(401);
    const people = [
      await enter('Plaza One', 'plaza'),
      await enter('Astana One', 'kz'),
      await enter('Astana Two', 'kz'),
      await enter('Ankara One', 'tr'),
    ];
    const token = people[0]!.token;
    expect(await read(token)).toEqual({ plaza: 1, pavilions: { kz: 2, tr: 1 } });

    // Someone leaves Kazakhstan: the count follows.
    await people[2]!.room.leave(true);
    await until(async () => (await read(token)).pavilions.kz === 1, 10_000, 'one person left in kz');
    expect(await read(token)).toEqual({ plaza: 1, pavilions: { kz: 1, tr: 1 } });
    for (const person of [people[0]!, people[1]!, people[3]!]) await person.room.leave(true);
  });
});
