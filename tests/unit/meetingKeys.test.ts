import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  makeKeyPair,
  newMeetingKey,
  sealMeetingKey,
  securityCode,
  toBase64Url,
  unsealMeetingKey,
} from '../../client/net/meetingKeys.ts';
import { E2eeIv, E2eePublicKey, E2eeSealedKey } from '../../shared/meetingRoom.ts';

const meetingId = '00000000-0000-4000-8000-000000000001';

describe('sealing a meeting key for one attendee', () => {
  it('round-trips, in the shapes the server accepts', async () => {
    const [holder, guest] = await Promise.all([makeKeyPair(), makeKeyPair()]);
    expect(E2eePublicKey.safeParse(holder.publicKey).success).toBe(true);
    const key = newMeetingKey();
    const context = { meetingId, epoch: 1, recipientKey: guest.publicKey };
    const sealed = await sealMeetingKey(key, holder.privateKey, context);
    expect(E2eeIv.safeParse(sealed.iv).success).toBe(true);
    expect(E2eeSealedKey.safeParse(sealed.data).success).toBe(true);
    await expect(unsealMeetingKey(sealed, guest.privateKey, holder.publicKey, context)).resolves.toEqual(key);
  });

  it('does not open with a wrong key pair, sender, epoch or meeting', async () => {
    const [holder, guest, other] = await Promise.all([makeKeyPair(), makeKeyPair(), makeKeyPair()]);
    const context = { meetingId, epoch: 2, recipientKey: guest.publicKey };
    const sealed = await sealMeetingKey(newMeetingKey(), holder.privateKey, context);
    await expect(unsealMeetingKey(sealed, other.privateKey, holder.publicKey, context)).rejects.toThrow();
    await expect(unsealMeetingKey(sealed, guest.privateKey, other.publicKey, context)).rejects.toThrow();
    await expect(
      unsealMeetingKey(sealed, guest.privateKey, holder.publicKey, { ...context, epoch: 3 }),
    ).rejects.toThrow();
    const elsewhere = { ...context, meetingId: '00000000-0000-4000-8000-000000000002' };
    await expect(unsealMeetingKey(sealed, guest.privateKey, holder.publicKey, elsewhere)).rejects.toThrow();
  });

  it('keeps the private key out of reach', async () => {
    const { privateKey } = await makeKeyPair();
    expect(privateKey.extractable).toBe(false);
  });

  it('base64url round-trips every byte', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(bytes)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('the security code', () => {
  it('is three groups of four digits, the same for the same key and holder', async () => {
    const { publicKey } = await makeKeyPair();
    const key = newMeetingKey();
    const code = await securityCode(key, publicKey);
    expect(code).toMatch(/^\d{4} \d{4} \d{4}$/);
    expect(await securityCode(new Uint8Array(key), publicKey)).toBe(code);
    expect(await securityCode(newMeetingKey(), publicKey)).not.toBe(code);
  });

  it('differs for someone whose key came through a public key the server swapped in', async () => {
    const [holder, guest, server] = await Promise.all([makeKeyPair(), makeKeyPair(), makeKeyPair()]);
    const key = newMeetingKey();
    // The server shows the holder its own key as the guest's, opens the seal, and seals it again to the guest.
    const toServer = { meetingId, epoch: 1, recipientKey: server.publicKey };
    const stolen = await unsealMeetingKey(
      await sealMeetingKey(key, holder.privateKey, toServer),
      server.privateKey,
      holder.publicKey,
      toServer,
    );
    const toGuest = { meetingId, epoch: 1, recipientKey: guest.publicKey };
    const relayed = await sealMeetingKey(stolen, server.privateKey, toGuest);
    const guestKey = await unsealMeetingKey(relayed, guest.privateKey, server.publicKey, toGuest);
    expect(guestKey).toEqual(key);
    expect(await securityCode(guestKey, server.publicKey)).not.toBe(await securityCode(key, holder.publicKey));
  });
});
