import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { createInvite } from '../../server/db/inviteStore.ts';
import type { Booth } from '../../shared/booths.ts';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { Lead } from '../../shared/leads.ts';
import { call } from '../fixtures/http.ts';
import { newSession, startTestServer } from '../fixtures/server.ts';

let server: ExpoServer;
let booth: Booth;
let otherBooth: Booth;
let visitor: string;
let exhibitor: string;
let otherExhibitor: string;

const card = {
  name: 'Zeynep Yılmaz',
  organisation: 'Bilkent',
  email: 'zeynep@example.com.tr',
  message: 'Görüşelim',
  consent: true,
};

beforeAll(async () => {
  server = await startTestServer();
  const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
  booth = catalogue.pavilions[1]!.booths[0]!;
  otherBooth = catalogue.pavilions[2]!.booths[0]!;
  visitor = (await newSession(server)).token;
  const { code: invite } = await createInvite(server.db, { role: 'exhibitor', boothId: booth.id });
  exhibitor = (await newSession(server, { name: 'Booth staff', country: 'kz', lang: 'ru', invite })).token;
  const { code: otherInvite } = await createInvite(server.db, { role: 'exhibitor', boothId: otherBooth.id });
  otherExhibitor = (await newSession(server, { name: 'Other staff', country: 'kg', lang: 'ky', invite: otherInvite }))
    .token;
});
afterAll(() => server.close());

describe('the catalogue', () => {
  it('serves every pavilion with its booths, content in several languages', async () => {
    const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    expect(catalogue.pavilions).toHaveLength(8);
    const all = catalogue.pavilions.flatMap((p) => p.booths);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.some((b) => b.sample)).toBe(true);
    expect(all.some((b) => !b.sample)).toBe(true);
    expect(all.every((b) => b.content.name.en && b.content.name.ru)).toBe(true);
  });
});

describe('invitations', () => {
  it('give the exhibitor role bound to a booth, and a bad code is refused clearly', async () => {
    const { code: invite } = await createInvite(server.db, { role: 'exhibitor', boothId: booth.id });
    const session = await newSession(server, { name: 'Staff', country: 'kz', lang: 'en', invite });
    expect(session.user).toMatchObject({ role: 'exhibitor', boothId: booth.id });
    const refused = await call(server, 'POST', '/api/session', {
      body: { name: 'X', country: 'kz', lang: 'en', invite: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error?.message).toMatch(/invitation is not valid/);
  });
});

describe('leads', () => {
  it('stores a card once per visitor and booth', async () => {
    const first = await call(server, 'POST', `/api/booths/${booth.id}/leads`, { token: visitor, body: card });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ created: true, lead: { name: card.name, boothId: booth.id } });
    const again = await call(server, 'POST', `/api/booths/${booth.id}/leads`, {
      token: visitor,
      body: { ...card, name: 'Changed' },
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ created: false, lead: { name: card.name } });
  });

  it.each([
    [{ ...card, consent: false }, /consent/],
    [{ ...card, email: 'not-an-email' }, /e-mail/],
    [{ ...card, name: '' }, /name/],
    [{ ...card, message: 'x'.repeat(1001) }, /1000/],
  ])('refuses %j and stores nothing', async (body, message) => {
    const fresh = (await newSession(server)).token;
    const refused = await call(server, 'POST', `/api/booths/${booth.id}/leads`, { token: fresh, body });
    expect(refused.status).toBe(400);
    expect(refused.json.error?.message).toMatch(message);
    const list = await call(server, 'GET', `/api/booths/${booth.id}/leads`, { token: exhibitor });
    expect((list.json.leads as Lead[]).map((l) => l.name)).not.toContain(body.name === '' ? 'x' : 'never');
  });

  it('needs a session, and a booth that exists', async () => {
    expect((await call(server, 'POST', `/api/booths/${booth.id}/leads`, { body: card })).status).toBe(401);
    expect((await call(server, 'POST', `/api/booths/${booth.id}/leads`, { token: 'forged', body: card })).status).toBe(
      401,
    );
    expect((await call(server, 'POST', '/api/booths/no-such-booth/leads', { token: visitor, body: card })).status).toBe(
      404,
    );
    expect(
      (await call(server, 'POST', '/api/booths/NOT%20A%20SLUG/leads', { token: visitor, body: card })).status,
    ).toBe(400);
  });

  it('shows leads to the booth’s exhibitor only', async () => {
    const mine = await call(server, 'GET', `/api/booths/${booth.id}/leads`, { token: exhibitor });
    expect(mine.status).toBe(200);
    expect((mine.json.leads as Lead[]).map((l) => l.email)).toContain(card.email);
    expect((await call(server, 'GET', `/api/booths/${booth.id}/leads`, { token: visitor })).status).toBe(403);
    expect((await call(server, 'GET', `/api/booths/${booth.id}/leads`, { token: otherExhibitor })).status).toBe(403);
  });

  it('exports CSV that spreadsheets open: BOM, quoting, Cyrillic, and no formulas', async () => {
    const tricky = (await newSession(server)).token;
    await call(server, 'POST', `/api/booths/${booth.id}/leads`, {
      token: tricky,
      body: {
        name: '=HYPERLINK("http://evil")',
        organisation: 'Ташкент, "IT Park"',
        email: 'o@example.uz',
        message: 'Line 1\nLine 2',
        consent: true,
      },
    });
    const csv = await call(server, 'GET', `/api/booths/${booth.id}/leads?format=csv`, { token: exhibitor });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="?leads-${booth.id}\\.csv"?$`),
    );
    const raw = await fetch(`${server.url}/api/booths/${booth.id}/leads?format=csv`, {
      headers: { authorization: `Bearer ${exhibitor}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain('Date (UTC),Name,Organisation,E-mail,Message,Language\r\n');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.text).toContain('"Ташкент, ""IT Park"""');
    expect(csv.text).toContain('"Line 1\nLine 2"');
    expect(csv.text).toContain('Zeynep Yılmaz');
    expect((await call(server, 'GET', `/api/booths/${booth.id}/leads?format=xml`, { token: exhibitor })).status).toBe(
      400,
    );
  });

  it('sends new leads live to the exhibitor following the booth', async () => {
    const response = await fetch(`${server.url}/api/booths/${booth.id}/leads/live`, {
      headers: { authorization: `Bearer ${exhibitor}` },
    });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain('"ready"');
    const someone = (await newSession(server)).token;
    await call(server, 'POST', `/api/booths/${booth.id}/leads`, {
      token: someone,
      body: { ...card, name: 'Live one' },
    });
    let received = '';
    while (!received.includes('Live one')) received += (await reader.read()).value;
    expect(received).toContain('"type":"lead"');
    await reader.cancel();
  });
});

describe('booth editing', () => {
  const content = () => ({ ...booth.content, tagline: { en: 'New tagline', ru: 'Новый слоган' } });

  it('lets the exhibitor change their texts, refuses others and bad input, and serves the change', async () => {
    const saved = await call(server, 'PUT', `/api/booths/${booth.id}/content`, { token: exhibitor, body: content() });
    expect(saved.status).toBe(200);
    const catalogue = (await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue;
    expect(catalogue.pavilions[1]!.booths[0]!.content.tagline).toEqual({ en: 'New tagline', ru: 'Новый слоган' });
    expect(
      (await call(server, 'PUT', `/api/booths/${booth.id}/content`, { token: otherExhibitor, body: content() })).status,
    ).toBe(403);
    expect(
      (await call(server, 'PUT', `/api/booths/${booth.id}/content`, { token: visitor, body: content() })).status,
    ).toBe(403);
    const bad = await call(server, 'PUT', `/api/booths/${booth.id}/content`, {
      token: exhibitor,
      body: { ...content(), links: [{ label: 'x', url: 'javascript:alert(1)' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toMatch(/links/);
  });

  it('accepts a PNG logo by its content and serves it with its type; refuses a fake', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const saved = await call(server, 'PUT', `/api/booths/${booth.id}/logo`, {
      token: exhibitor,
      raw: png,
      contentType: 'image/png',
    });
    expect(saved.status).toBe(200);
    const url = (saved.json.booth as Booth).logoUrl!;
    const served = await fetch(`${server.url}${url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);

    const fake = await call(server, 'PUT', `/api/booths/${booth.id}/logo`, {
      token: exhibitor,
      raw: '<html><script>alert(1)</script></html>',
      contentType: 'image/png',
    });
    expect(fake.status).toBe(415);
    const pdfAsLogo = await call(server, 'PUT', `/api/booths/${booth.id}/brochure`, {
      token: exhibitor,
      raw: png,
      contentType: 'application/pdf',
    });
    expect(pdfAsLogo.status).toBe(415);
    expect((await call(server, 'PUT', `/api/booths/${booth.id}/logo`, { token: visitor, raw: png })).status).toBe(403);
  });

  it('sanitises an SVG logo before storing it', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><circle cx="5" cy="5" r="4" fill="#40c4c4"/></svg>';
    const saved = await call(server, 'PUT', `/api/booths/${booth.id}/logo`, {
      token: exhibitor,
      raw: svg,
      contentType: 'image/svg+xml',
    });
    expect(saved.status).toBe(200);
    const served = await fetch(`${server.url}${(saved.json.booth as Booth).logoUrl!}`);
    const text = await served.text();
    expect(served.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(text).toContain('<circle');
    expect(text).not.toMatch(/script|onload|alert/);
  });
});
