import { AccessToken, RoomConfiguration, RoomServiceClient, TrackSource } from 'livekit-server-sdk';
import type { SessionUser } from '../../shared/api.ts';
import type { MediaSource } from '../../shared/stage.ts';
import type { LivekitConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { LocalLivekit } from './livekitProcess.ts';

const SOURCES: Record<MediaSource, TrackSource> = {
  camera: TrackSource.CAMERA,
  microphone: TrackSource.MICROPHONE,
  screen_share: TrackSource.SCREEN_SHARE,
  screen_share_audio: TrackSource.SCREEN_SHARE_AUDIO,
};

/** The room metadata of a meeting that must not be recorded. */
const NO_RECORDING_METADATA = JSON.stringify({ noRecording: true });

/** A media token lives as long as a stage session reasonably does; the client asks again on reconnect. */
const TOKEN_TTL = '4h';

export interface MediaGrant {
  publish: MediaSource[];
  admin: boolean;
  /** A meeting that must not be recorded: the token may not record, and the room says so in its metadata. */
  noRecording?: boolean;
}

/**
 * Voice and video through LiveKit: the local server `npm start` runs or a deployment named by
 * LIVEKIT_URL. Mints tokens and changes what people may publish while they are connected.
 */
export class Media {
  private constructor(
    /** The address browsers open (ws:// or wss://). */
    readonly url: string,
    private readonly apiKey: string,
    private readonly apiSecret: string,
    private readonly rooms: RoomServiceClient,
    private readonly local: LocalLivekit | undefined,
  ) {}

  /** Undefined when voice and video are off here (switched off, or the binary is missing). */
  static async open(config: LivekitConfig, log: Logger): Promise<Media | undefined> {
    if (config.mode === 'off') return undefined;
    if (config.mode === 'remote') {
      const api = config.url.replace(/^ws/, 'http');
      return new Media(
        config.url,
        config.apiKey,
        config.apiSecret,
        new RoomServiceClient(api, config.apiKey, config.apiSecret),
        undefined,
      );
    }
    const local = await LocalLivekit.start({ ...config, log: log.child({ component: 'livekit' }) });
    if (!local) return undefined;
    const api = `http://127.0.0.1:${config.port}`;
    const rooms = new RoomServiceClient(api, config.apiKey, config.apiSecret);
    return new Media(`ws://127.0.0.1:${config.port}`, config.apiKey, config.apiSecret, rooms, local);
  }

  /** What the page's Content-Security-Policy must allow: LiveKit's WebSocket and its HTTP checks. */
  get connectSource(): string {
    const ws = new URL(this.url).origin;
    return `${ws} ${ws.replace(/^ws/, 'http')}`;
  }

  /**
   * A token for one room. This server never starts an egress (recording or streaming) of any
   * room; a noRecording grant also denies the holder the recorder grant and marks the room.
   */
  async token(user: SessionUser, room: string, grant: MediaGrant): Promise<string> {
    const token = new AccessToken(this.apiKey, this.apiSecret, { identity: user.id, name: user.name, ttl: TOKEN_TTL });
    token.addGrant({
      room,
      roomJoin: true,
      canSubscribe: true,
      canPublish: grant.publish.length > 0,
      canPublishSources: grant.publish.map((s) => SOURCES[s]),
      canPublishData: false,
      roomAdmin: grant.admin,
      ...(grant.noRecording && { recorder: false }),
    });
    // The room takes this metadata when the first participant's join creates it, so clients can show it.
    if (grant.noRecording) token.roomConfig = new RoomConfiguration({ metadata: NO_RECORDING_METADATA });
    return token.toJwt();
  }

  /** Resolves when livekit-server answers an API call (through its auth, like every other call); rejects otherwise. */
  async reachable(): Promise<void> {
    // A room name no room has: the cheapest such call, whatever the number of rooms.
    await this.rooms.listRooms(['readiness-probe']);
  }

  /** Changes what a connected person may publish; false if they are not in the room. */
  async setPublishing(room: string, identity: string, publish: MediaSource[]): Promise<boolean> {
    try {
      await this.rooms.updateParticipant(room, identity, {
        permission: {
          canSubscribe: true,
          canPublish: publish.length > 0,
          canPublishData: false,
          canPublishSources: publish.map((s) => SOURCES[s]),
        },
      });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async muteTrack(room: string, identity: string, trackSid: string): Promise<boolean> {
    try {
      await this.rooms.mutePublishedTrack(room, identity, trackSid, true);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async removeParticipant(room: string, identity: string): Promise<boolean> {
    try {
      await this.rooms.removeParticipant(room, identity);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Mutes every published microphone in the room but those of the people `keep` names; returns how many. */
  async muteMicrophones(room: string, keep: (identity: string) => boolean): Promise<number> {
    const participants = await this.listParticipants(room);
    const muting = participants
      .filter((p) => !keep(p.identity))
      .flatMap((p) =>
        p.tracks
          .filter((t) => t.source === TrackSource.MICROPHONE && !t.muted)
          .map((t) => this.muteTrack(room, p.identity, t.sid)),
      );
    return (await Promise.all(muting)).filter(Boolean).length;
  }

  /** Closes a room for everyone in it; false if it was not open. */
  async deleteRoom(room: string): Promise<boolean> {
    try {
      await this.rooms.deleteRoom(room);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async listParticipants(room: string) {
    try {
      return await this.rooms.listParticipants(room);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.local?.stop();
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;
}
