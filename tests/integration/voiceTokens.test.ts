import type { Room } from 'colyseus.js';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { MESSAGES, PROTOCOL_VERSION, ROOMS, type Notice } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { VoiceMessages, type VoiceTokenReply } from '../../shared/voice.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, joinPlaza, newSession, sessionWithRole, startTestServer, until } from '../fixtures/server.ts';

const servers: ExpoServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function start(env: Record<string, string> = {}): Promise<ExpoServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

/** Tokens are signed here, not fetched: naming a LiveKit deployment is enough and nothing is contacted. */
const WITH_MEDIA = { LIVEKIT_URL: 'ws://127.0.0.1:9', LIVEKIT_API_SECRET: 'x'.repeat(40) };

/** A room with what it was told: voice token replies and notices. */
function listen(room: Room<ExpoRoomState>) {
  const heard = { replies: [] as VoiceTokenReply[], notices: [] as Notice[] };
  room.onMessage(VoiceMessages.token, (reply: VoiceTokenReply) => heard.replies.push(reply));
  room.onMessage(MESSAGES.notice, (notice: Notice) => heard.notices.push(notice));
  return heard;
}

async function askToken(room: Room<ExpoRoomState>, heard: ReturnType<typeof listen>): Promise<VoiceTokenReply> {
  const before = heard.replies.length;
  room.send(VoiceMessages.tokenRequest, {});
  await until(() => heard.replies.length > before, 5000, 'the voice token reply');
  return heard.replies.at(-1)!;
}

function grantsOf(reply: VoiceTokenReply) {
  if (!reply.ok) throw new Error(`no token: ${reply.reason}`);
  return {
    token: reply.token,
    claims: decodeJwt(reply.token.token) as { sub: string; video: Record<string, unknown> },
  };
}

describe('proximity voice tokens', () => {
  it('are for the LiveKit room of the very room instance asked in, microphone only', async () => {
    const server = await start(WITH_MEDIA);
    const visitor = await newSession(server);
    const plaza = await joinPlaza(server, visitor.token);
    const heard = listen(plaza);
    const { token, claims } = grantsOf(await askToken(plaza, heard));
    expect(token).toMatchObject({ url: 'ws://127.0.0.1:9', identity: visitor.user.id, publish: ['microphone'] });
    expect(claims.sub).toBe(visitor.user.id);
    expect(claims.video).toMatchObject({
      room: `voice-${plaza.roomId}`,
      roomJoin: true,
      canSubscribe: true,
      canPublish: true,
      canPublishSources: ['microphone'],
    });
    expect(claims.video.roomAdmin ?? false).toBe(false);

    // In a pavilion, the pavilion room's own voice room.
    const pavilion = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token: visitor.token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'kz',
    });
    pavilion.onMessage('*', () => undefined);
    const inPavilion = grantsOf(await askToken(pavilion, listen(pavilion)));
    expect(inPavilion.claims.video.room).toBe(`voice-${pavilion.roomId}`);
    expect(pavilion.roomId).not.toBe(plaza.roomId);
    await Promise.all([plaza.leave(true), pavilion.leave(true)]);
  });

  it('refuse a request that names anything, and tell why', async () => {
    const server = await start(WITH_MEDIA);
    const plaza = await joinPlaza(server, (await newSession(server)).token);
    const heard = listen(plaza);
    plaza.send(VoiceMessages.tokenRequest, { room: 'voice-someone-elses' });
    plaza.send(VoiceMessages.tokenRequest, 'please');
    await until(() => heard.notices.length === 2, 5000, 'two refusals');
    expect(heard.notices.every((n) => n.kind === 'message_refused')).toBe(true);
    expect(heard.replies).toEqual([]);
    await plaza.leave(true);
  });

  it('let someone an organiser muted listen, not speak', async () => {
    const server = await start(WITH_MEDIA);
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Organiser' });
    const loud = await newSession(server, { name: 'Loud', country: 'tr', lang: 'tr' });
    const muted = await call(server, 'POST', '/api/moderation', {
      token: organiser.token,
      body: { action: 'mute', userId: loud.user.id, reason: 'noise', minutes: 15 },
    });
    expect(muted.status).toBe(201);
    const plaza = await joinPlaza(server, loud.token);
    const { token, claims } = grantsOf(await askToken(plaza, listen(plaza)));
    expect(token.publish).toEqual([]);
    expect(claims.video).toMatchObject({ canSubscribe: true, canPublish: false });
    await plaza.leave(true);
  });

  it('say voice is unavailable where the server runs without voice and video', async () => {
    const server = await start();
    const plaza = await joinPlaza(server, (await newSession(server)).token);
    expect(await askToken(plaza, listen(plaza))).toEqual({ ok: false, reason: 'unavailable' });
    await plaza.leave(true);
  });
});
