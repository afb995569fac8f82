import { afterAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { Lead } from '../../shared/leads.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { inviteExhibitorBeforeStart } from '../fixtures/boothInvite.ts';
import { freePort, startProcess, type ServerProcess } from '../fixtures/process.ts';

async function json(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(BACKENDS)('nothing acknowledged is lost on $name', { timeout: 180_000 }, ({ create }) => {
  let target: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await target?.drop();
  });

  it('keeps every acknowledged lead and booth edit through a SIGKILL', async () => {
    target = await create();
    const env = { ...target.env };
    const { booth, invite } = await inviteExhibitorBeforeStart(env);

    const port = await freePort();
    const start = () => startProcess('node', ['--import', 'tsx', 'server/index.ts'], port, env);
    server = await start();
    const api = (path: string) => `${server!.url}${path}`;
    const session = async (body: Record<string, unknown>) =>
      ((await json(api('/api/session'), { method: 'POST', body: JSON.stringify(body) })).body as { token: string })
        .token;
    const exhibitor = await session({ name: 'Staff', country: 'uz', lang: 'uz', invite });

    const acknowledged: string[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const token = await session({ name: `Visitor ${i}`, country: 'tr', lang: 'tr' });
        const answer = await json(api(`/api/booths/${booth.id}/leads`), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify({
            name: `Visitor ${i}`,
            organisation: 'Org',
            email: `v${i}@example.com`,
            message: 'Salom',
            consent: true,
          }),
        });
        if (answer.status === 201) acknowledged.push(`v${i}@example.com`);
      }),
    );
    expect(acknowledged).toHaveLength(20);
    const edited = { ...booth.content, tagline: { en: 'Survives a crash', uz: 'Nosozlikdan omon qoladi' } };
    const edit = await json(api(`/api/booths/${booth.id}/content`), {
      method: 'PUT',
      headers: { authorization: `Bearer ${exhibitor}` },
      body: JSON.stringify(edited),
    });
    expect(edit.status).toBe(200);

    await server.stop('SIGKILL');
    server = await start();

    const leads = await json(api(`/api/booths/${booth.id}/leads`), {
      headers: { authorization: `Bearer ${exhibitor}` },
    });
    expect((leads.body.leads as Lead[]).map((l) => l.email).sort()).toEqual([...acknowledged].sort());
    const after = (await json(api('/api/catalogue'))).body as unknown as Catalogue;
    expect(after.pavilions[4]!.booths[1]!.content.tagline).toEqual(edited.tagline);
  });
});
