/**
 * The cryptography of an end-to-end encrypted meeting (protocol: E2EE in shared/meetingRoom.ts),
 * pure and on WebCrypto alone so that it runs in browsers and in Node's tests alike:
 * - each connection's ECDH P-256 key pair, its private half never extractable;
 * - the 32-byte meeting key, sealed for one attendee with ECDH → HKDF-SHA-256 → AES-GCM;
 * - the security code everyone compares aloud.
 */

const subtle = () => globalThis.crypto.subtle;
const text = new TextEncoder();
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HKDF_SALT = text.encode('turkic-metaverse meeting e2ee v1');
const CODE_LABEL = text.encode('turkic-metaverse security code v1');
export const MEETING_KEY_BYTES = 32;

type Bytes = Uint8Array<ArrayBuffer>;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(value: string): Bytes {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface E2eeKeyPair {
  privateKey: CryptoKey;
  /** The raw public key, base64url: what hello sends and the state shows. */
  publicKey: string;
}

export async function makeKeyPair(): Promise<E2eeKeyPair> {
  const pair = await subtle().generateKey(ECDH, false, ['deriveBits']);
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64Url(raw) };
}

export function newMeetingKey(): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(MEETING_KEY_BYTES));
}

/** What a seal is bound to: a seal for another meeting, epoch or person does not open. */
export interface SealContext {
  meetingId: string;
  epoch: number;
  /** The recipient's public key, as the state shows it. */
  recipientKey: string;
}

export interface SealedKey {
  iv: string;
  data: string;
}

/** The AES-GCM key two attendees share: ECDH of one's private and the other's public key, through HKDF. */
async function pairKey(own: CryptoKey, theirs: string, meetingId: string): Promise<CryptoKey> {
  const public_ = await subtle().importKey('raw', fromBase64Url(theirs), ECDH, false, []);
  const secret = await subtle().deriveBits({ name: 'ECDH', public: public_ }, own, 256);
  const material = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: text.encode(meetingId) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const boundTo = (context: SealContext) => text.encode(`${context.epoch}|${context.recipientKey}`);

/** Seals the meeting key for one attendee (their public key is `context.recipientKey`). */
export async function sealMeetingKey(meetingKey: Uint8Array, own: CryptoKey, context: SealContext): Promise<SealedKey> {
  const key = await pairKey(own, context.recipientKey, context.meetingId);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(context) },
    key,
    new Uint8Array(meetingKey),
  );
  return { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
}

/** Opens a seal from the holder whose public key is `fromKey`; throws if it was not sealed for us. */
export async function unsealMeetingKey(
  sealed: SealedKey,
  own: CryptoKey,
  fromKey: string,
  context: SealContext,
): Promise<Bytes> {
  const key = await pairKey(own, fromKey, context.meetingId);
  const data = await subtle().decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: boundTo(context) },
    key,
    fromBase64Url(sealed.data),
  );
  const meetingKey = new Uint8Array(data);
  if (meetingKey.length !== MEETING_KEY_BYTES) throw new Error('not a meeting key');
  return meetingKey;
}

/**
 * Three groups of four digits made from the meeting key and the key holder's public key (one's
 * own when holding it, the seal's sender otherwise). Everyone who got the key straight from the
 * holder sees the same code; a key that went through a public key the server swapped in does not.
 */
export async function securityCode(meetingKey: Uint8Array, holderKey: string): Promise<string> {
  const holder = text.encode(holderKey);
  const input = new Uint8Array(CODE_LABEL.length + meetingKey.length + holder.length);
  input.set(CODE_LABEL);
  input.set(meetingKey, CODE_LABEL.length);
  input.set(holder, CODE_LABEL.length + meetingKey.length);
  const digest = new DataView(await subtle().digest('SHA-256', input));
  return [0, 4, 8].map((at) => String(digest.getUint32(at) % 10_000).padStart(4, '0')).join(' ');
}
