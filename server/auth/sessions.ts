import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { SessionUser, type SessionRequest } from '../../shared/api.ts';
import { grantScope, type RoleGrant } from '../../shared/roles.ts';

const ISSUER = 'turkic-metaverse';
const AUDIENCE = 'expo';

export class InvalidSessionError extends Error {
  constructor(
    reason: string,
    /** A valid token whose holder has been banned: refused as forbidden rather than unauthorised. */
    readonly banned = false,
  ) {
    super(reason);
    this.name = 'InvalidSessionError';
  }
}

/** Asked on every verification, so a ban takes effect on the next request or join. */
export type BanCheck = (userId: string) => boolean;

/** Signs and checks the bearer tokens that HTTP calls and room joins carry. */
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlHours: number,
    private readonly isBanned: BanCheck = () => false,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A new session: a visitor, or the role an invitation grants. */
  async issue(
    request: Omit<SessionRequest, 'invite'>,
    grant: RoleGrant = { role: 'visitor' },
  ): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
    const user: SessionUser = {
      id: randomUUID(),
      name: request.name,
      country: request.country,
      lang: request.lang,
      role: grant.role,
      boothId: grant.role === 'exhibitor' ? grant.boothId : null,
      scope: grant.role === 'exhibitor' ? null : grantScope(grant),
    };
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    const token = await new SignJWT({
      name: user.name,
      country: user.country,
      lang: user.lang,
      role: user.role,
      boothId: user.boothId,
      scope: user.scope,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, user, expiresAt };
  }

  /** The user a token stands for; throws InvalidSessionError with a reason a person can read. */
  async verify(token: unknown): Promise<SessionUser> {
    if (typeof token !== 'string' || token.length === 0) throw new InvalidSessionError('a session token is required');
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const user = SessionUser.safeParse({ ...payload, id: payload.sub });
      if (!user.success) throw new InvalidSessionError('the session token is malformed');
      if (this.isBanned(user.data.id)) throw new InvalidSessionError('you have been banned from this event', true);
      return user.data;
    } catch (error) {
      if (error instanceof InvalidSessionError) throw error;
      if (error instanceof errors.JWTExpired) throw new InvalidSessionError('the session has expired');
      throw new InvalidSessionError('the session token is not valid');
    }
  }
}
