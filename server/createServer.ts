import { localUrl } from './localUrl.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import type { Kysely } from 'kysely';
import { ROOMS } from '../shared/protocol.ts';
import { ExpoWorld } from '../shared/world/world.ts';
import { SessionTokens } from './auth/sessions.ts';
import { ResumeTickets } from './auth/resumeTickets.ts';
import { CatalogueService } from './catalogue.ts';
import type { Config } from './config.ts';
import { sqlstateClass } from './db/countingErrors.ts';
import { openDatabase } from './db/database.ts';
import { createInvite } from './db/inviteStore.ts';
import type { Database } from './db/schema.ts';
import { boothRoutes } from './http/boothRoutes.ts';
import { catalogueRoutes } from './http/catalogueRoutes.ts';
import { clientRoutes } from './http/clientRoutes.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { fileRoutes } from './http/fileRoutes.ts';
import { healthRoutes } from './http/healthRoutes.ts';
import { requestLog } from './http/requestLog.ts';
import { trackRequests } from './http/requestDrain.ts';
import { inviteRoutes } from './http/inviteRoutes.ts';
import { mediaRoutes } from './http/mediaRoutes.ts';
import { meetingRoutes } from './http/meetingRoutes.ts';
import { stageRoutes } from './http/stageRoutes.ts';
import { profileRoutes } from './http/profileRoutes.ts';
import { findRoutes } from './http/findRoutes.ts';
import { headcountRoutes } from './http/headcountRoutes.ts';
import { instanceRoutes } from './http/instanceRoutes.ts';
import { cardRoutes } from './http/cardRoutes.ts';
import { moderationRoutes } from './http/moderationRoutes.ts';
import { hallRoutes } from './http/hallRoutes.ts';
import { exportRoutes } from './http/exportRoutes.ts';
import { dashboardRoutes } from './http/dashboardRoutes.ts';
import { eventSetupRoutes } from './http/eventSetupRoutes.ts';
import { exhibitorImportRoutes } from './http/exhibitorImportRoutes.ts';
import { followCatalogueChanges } from './rooms/catalogueChanges.ts';
import { announcementRoutes } from './http/announcementRoutes.ts';
import { reportRoutes } from './http/reportRoutes.ts';
import { AnnouncementBoard } from './announcements/announcementBoard.ts';
import { byAddress, rateLimit } from './http/rateLimit.ts';
import { closeMatchmakingCors, securityHeaders, verifyWebSocketOrigin } from './http/security.ts';
import { sessionRoutes } from './http/sessionRoutes.ts';
import { LeadFeed } from './leadFeed.ts';
import { colyseusLogger, createLogger, type DestinationStream } from './log.ts';
import { Media } from './media/media.ts';
import { MeetingHub } from './meetings/meetingHub.ts';
import { Metrics } from './metrics.ts';
import { seedAgenda } from './stage/seedAgenda.ts';
import { StageHub } from './stage/stageHub.ts';
import { ClientDirectory } from './moderation/clientDirectory.ts';
import { Moderation } from './moderation/moderation.ts';
import { meetingLobbyRoom } from './rooms/MeetingLobbyRoom.ts';
import { meetingRoom } from './rooms/MeetingRoom.ts';
import { pavilionRoom } from './rooms/PavilionRoom.ts';
import { plazaRoom } from './rooms/PlazaRoom.ts';
import { BoothRemoval } from './rooms/boothRemoval.ts';
import { BoothVisits } from './rooms/boothVisits.ts';
import type { RoomContext } from './rooms/roomContext.ts';
import { countRooms } from './rooms/roomCounts.ts';
import { StaffRegistry } from './rooms/staffRegistry.ts';
import { FindService } from './find/findService.ts';
import { PresenceDirectory } from './find/presenceDirectory.ts';
import { TourHub } from './tours/tourHub.ts';
import { openRoomBus, pavilionPlacement } from './scaling/roomBus.ts';

const FIRST_INVITE_DAYS = 7;

/** Largest WebSocket frame a client may send; moves are a few dozen bytes, chat lines under 2 KB. */
const MAX_WS_PAYLOAD = 8 * 1024;
/** Senders refused this many times within the window have their connection closed. */
const HTTP_FLOOD = { maxDrops: 100, windowMs: 10_000 };

export interface ExpoServer {
  port: number;
  url: string;
  metrics: Metrics;
  db: Kysely<Database>;
  /** The organiser invitation made on the first start with an empty database, if this was one. */
  firstStartInvite: string | undefined;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Where the log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
}

/** Wires the HTTP API, the built client and the Colyseus rooms onto one port. */
export async function createExpoServer(config: Config, options: ServerOptions = {}): Promise<ExpoServer> {
  const log = createLogger(config.logLevel, options.logDestination);
  const metrics = new Metrics();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (err) => log.warn({ err }, 'an idle database connection was closed by the server'),
    onQueryError: (error) => metrics.dbErrors.inc({ class: sqlstateClass(error) }),
  });
  const { db } = database;
  const catalogue = await CatalogueService.open(db, config.catalogueFile);
  // Colyseus's channel between rooms: in memory here, Redis when the rooms run in several processes.
  const roomBus = await openRoomBus(config.redisUrl);
  const bus = roomBus.presence;
  const clients = new ClientDirectory(bus);
  const moderation = await Moderation.open(db, clients, bus);
  const tokens = new SessionTokens(config.sessionSecret, config.sessionTtlHours, moderation.isBanned);
  const leads = new LeadFeed(bus);
  const media = await Media.open(config.livekit, log);
  const stage = new StageHub(db, media, bus);
  if (catalogue.seeded) await seedAgenda(db, catalogue.current);
  const presence = new PresenceDirectory(bus);
  const tours = new TourHub(presence, clients, bus);
  const announcements = await AnnouncementBoard.open(db, bus);
  const find = new FindService(db, presence, moderation.isBanned, (userId, guideId) => tours.follows(userId, guideId));
  const ctx: RoomContext = {
    catalogue,
    db,
    world: new ExpoWorld(catalogue.current),
    tokens,
    resumeTickets: new ResumeTickets(config.sessionSecret),
    metrics,
    log,
    staff: new StaffRegistry(),
    visits: new BoothVisits(db, log),
    moderation,
    clients,
    media,
    stage,
    meetings: new MeetingHub(bus),
    find,
    tours,
    announcements,
    reconnectSeconds: config.reconnectSeconds,
    cardOfferSeconds: config.cardOfferSeconds,
    plazaCapacity: config.plazaCapacity,
    pavilionCapacity: config.pavilionCapacity,
    interest: config.interest,
  };
  await followCatalogueChanges(ctx, bus);
  const boothRemoval = new BoothRemoval(catalogue, ctx.visits, bus, pavilionPlacement(roomBus));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLog(log, metrics));
  app.use(securityHeaders({ contentSecurityPolicy: !config.devClient, mediaSource: media?.connectSource }));
  const perSecond = config.apiRequestsPerSecond;
  app.use(
    '/api',
    rateLimit({
      name: 'api',
      limits: { ratePerSecond: perSecond, burst: perSecond * 4, ...HTTP_FLOOD },
      keyOf: byAddress,
      metrics,
    }),
  );
  const publicUrl = (req: { protocol: string; get(name: string): string | undefined }) =>
    config.publicUrl ?? `${req.protocol}://${req.get('host') ?? `localhost:${config.port}`}`;
  // Before the small JSON limit below: an exhibitor list is the one large body, read for organisers only.
  app.use(exhibitorImportRoutes({ db, tokens, catalogue, publicUrl }));
  const perMinute = config.sessionsPerMinute;
  app.post(
    '/api/session',
    rateLimit({
      name: 'session',
      limits: { ratePerSecond: perMinute / 60, burst: perMinute * 2, ...HTTP_FLOOD },
      keyOf: byAddress,
      metrics,
    }),
  );
  app.use(express.json({ limit: '16kb' }));
  app.use(healthRoutes(metrics, db, media));
  app.use(sessionRoutes(tokens, db));
  app.use(catalogueRoutes(catalogue));
  app.use(boothRoutes({ db, tokens, catalogue, leads }));
  app.use(inviteRoutes({ db, tokens, catalogue, publicUrl }));
  app.use(eventSetupRoutes({ tokens, catalogue, removal: boothRemoval }));
  app.use(moderationRoutes({ db, tokens, moderation, metrics }));
  app.use(announcementRoutes({ db, tokens, board: announcements }));
  app.use(reportRoutes({ db, tokens, presence, bus, moderation, metrics }));
  app.use(mediaRoutes({ db, tokens, catalogue, media, stage }));
  app.use(stageRoutes({ db, tokens, catalogue }));
  app.use(hallRoutes({ db, tokens }));
  app.use(meetingRoutes({ db, tokens, clients, meetings: ctx.meetings, log }));
  app.use(exportRoutes({ db, tokens, catalogue, log }));
  const dashboard = dashboardRoutes({ db, tokens, catalogue, stage, log });
  app.use(dashboard.router);
  app.use(profileRoutes({ db, tokens }));
  app.use(findRoutes({ tokens, find, tours }));
  app.use(headcountRoutes({ tokens, presence, isBanned: moderation.isBanned }));
  app.use(instanceRoutes({ tokens }));
  app.use(cardRoutes({ db, tokens }));
  app.use(fileRoutes(db));
  app.use('/api', notFound);
  if (config.devClient) {
    const { devClientMiddleware } = await import('./http/devClient.ts');
    app.use(await devClientMiddleware());
  } else {
    app.use(clientRoutes(config.clientDir));
  }
  app.use(notFound);
  app.use(errorHandler(log));

  const httpServer = http.createServer(app);
  const requests = trackRequests(httpServer);
  const gameServer = new Server({
    transport: new WebSocketTransport({
      server: httpServer,
      maxPayload: MAX_WS_PAYLOAD,
      verifyClient: verifyWebSocketOrigin,
    }),
    presence: bus,
    driver: roomBus.driver,
    publicAddress: config.publicAddress,
    selectProcessIdToCreateRoom: roomBus.selectProcessIdToCreateRoom,
    greet: false,
    gracefullyShutdown: false,
    logger: colyseusLogger(log),
  });
  // Clients join by matchmaking or reconnect with their token, never into a room id of their choosing:
  // a chosen pavilion hall goes through instanceRoutes, which checks that the id names one.
  matchMaker.controller.exposedMethods = ['joinOrCreate', 'reconnect'];
  closeMatchmakingCors();
  countRooms(gameServer.define(ROOMS.plaza, plazaRoom(ctx)), metrics);
  countRooms(gameServer.define(ROOMS.pavilion, pavilionRoom(ctx)).filterBy(['pavilionId']), metrics);
  countRooms(gameServer.define(ROOMS.meeting, meetingRoom(ctx)).filterBy(['meetingId']), metrics);
  countRooms(gameServer.define(ROOMS.meetingLobby, meetingLobbyRoom(ctx)).filterBy(['meetingId']), metrics);
  await gameServer.listen(config.port, config.host);
  await boothRemoval.listen();

  const port = (httpServer.address() as AddressInfo).port;
  const url = localUrl(config.host, port);
  // A worker of `--workers` names the public port in what it prints, not its own loopback one.
  const shownUrl = config.primaryUrl ?? url;
  // A new event has no organiser yet: the first start hands out one link to become one.
  let firstStartInvite: string | undefined;
  if (catalogue.seeded) {
    ({ code: firstStartInvite } = await createInvite(
      db,
      { role: 'organiser' },
      { note: 'first start', maxUses: 1, expiresAt: new Date(Date.now() + FIRST_INVITE_DAYS * 86_400_000) },
    ));
    log.info(
      { invite: 'organiser' },
      `One-time organiser invitation (valid ${FIRST_INVITE_DAYS} days): ${config.publicUrl ?? shownUrl}/?invite=${firstStartInvite}`,
    );
  }
  log.info({ port, host: config.host, database: database.backend }, `Turkic Metaverse is open at ${shownUrl}`);
  return {
    port,
    url,
    firstStartInvite,
    metrics,
    db,
    close: async () => {
      // New requests and joins are turned away; the rooms then hand out resume tickets and close
      // with serverShutdown; the database closes (PGlite flushing) only after the last answer.
      requests.stopAccepting();
      dashboard.stop();
      // The board lets go of the bus before the shutdown below closes it (with Redis, quits its connections).
      announcements.close();
      boothRemoval.close();
      stage.close();
      ctx.meetings.close();
      await gameServer.gracefullyShutdown(false);
      await requests.drained();
      await ctx.visits.settled();
      tours.close();
      presence.close();
      leads.close();
      moderation.close();
      clients.close();
      await media?.close();
      await database.close();
    },
  };
}
