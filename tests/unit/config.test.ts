import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('configuration', () => {
  it('runs with nothing set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(2567);
    expect(config.reconnectSeconds).toBe(20);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).env).toBe('production');
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('runs several processes only with Redis to share rooms and PostgreSQL to share data', () => {
    const postgres = 'postgres://expo@db/expo';
    expect(() => loadConfig({ WORKERS: '2', DATABASE_URL: postgres })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ WORKERS: '2', REDIS_URL: 'redis://cache:6379' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://cache', DATABASE_URL: postgres })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS/);
    const config = loadConfig({ WORKERS: '3', REDIS_URL: 'redis://cache:6379', DATABASE_URL: postgres });
    expect(config.workers).toBe(3);
    expect(config.redisUrl).toBe('redis://cache:6379');
  });

  it('takes a public address for rooms as host, port and path, without a scheme', () => {
    expect(loadConfig({ PUBLIC_ADDRESS: 'expo.example.org/w2/' }).publicAddress).toBe('expo.example.org/w2');
    expect(loadConfig({ PUBLIC_ADDRESS: '127.0.0.1:2568' }).publicAddress).toBe('127.0.0.1:2568');
    expect(() => loadConfig({ PUBLIC_ADDRESS: 'https://expo.example.org' })).toThrow(/PUBLIC_ADDRESS/);
  });

  it("gives a primary's workers its LiveKit without starting another", () => {
    expect(loadConfig({ LIVEKIT: 'shared', LIVEKIT_PORT: '7990' }).livekit).toMatchObject({
      mode: 'remote',
      url: 'ws://127.0.0.1:7990',
    });
  });
});
