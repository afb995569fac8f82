import { jwtVerify, SignJWT } from 'jose';
import { RESUME_TICKET_SECONDS, ResumeSpot } from '../../shared/resume.ts';

const ISSUER = 'turkic-metaverse';
/** Not the session tokens' audience: neither kind of token passes for the other. */
const AUDIENCE = 'expo-resume';

/**
 * Signs and checks the tickets a restarting server hands its visitors, so that the restarted one
 * puts each back where they stood. Signed with the session secret, which survives a restart.
 */
export class ResumeTickets {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly seconds = RESUME_TICKET_SECONDS,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(userId: string, spot: ResumeSpot): Promise<string> {
    return new SignJWT({ spot })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.seconds)
      .sign(this.key);
  }

  /**
   * The spot a ticket vouches for, if it is genuine, unexpired and `userId`'s own; otherwise
   * undefined, never an error: a bad ticket only means arriving the usual way.
   */
  async read(ticket: string, userId: string): Promise<ResumeSpot | undefined> {
    try {
      const { payload } = await jwtVerify(ticket, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        subject: userId,
        algorithms: ['HS256'],
      });
      const spot = ResumeSpot.safeParse(payload.spot);
      return spot.success ? spot.data : undefined;
    } catch {
      return undefined;
    }
  }
}
