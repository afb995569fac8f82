/**
 * `npm run bench -- --clients N [--seconds S] [--rate HZ]`: starts the real server, then N bot
 * clients in a separate process walking in the plaza, and prints the server's patch time,
 * the bytes each client receives per second, and the server's CPU and memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { freePort, startProcess } from '../fixtures/process.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', multiple: true, default: ['50'] },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
  },
});

const CLOCK_TICKS = 100;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

function quantile(metrics: string, q: string): number {
  const match = metrics.match(new RegExp(`expo_patch_seconds\\{quantile="${q}",room="plaza"\\} ([\\d.e+-]+)`));
  return match ? Number(match[1]) * 1000 : NaN;
}

interface BotReport {
  phase: string;
  bots: number;
  errors?: number;
  joinSeconds?: number;
  seconds?: number;
  bytesPerClientPerSecond?: { mean: number; p50: number };
  corrections?: number;
}

async function runOnce(clients: number, seconds: number, rate: number) {
  const server = await startProcess('node', ['--import', 'tsx', 'server/index.ts'], await freePort(), {
    PLAZA_CAPACITY: String(Math.max(600, clients + 10)),
    // Every bot signs in from 127.0.0.1: the per-address limits are meant for real people.
    SESSIONS_PER_MINUTE: '1000000',
    API_REQUESTS_PER_SECOND: '1000000',
  });
  const pid = server.child.pid!;
  try {
    const bots = spawn(
      'node',
      [
        '--import',
        'tsx',
        'tests/bench/bots.ts',
        '--url',
        server.url,
        '--clients',
        String(clients),
        '--seconds',
        String(seconds),
        '--rate',
        String(rate),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let cpuAtStart = 0;
    let startedAt = 0;
    let done: BotReport | undefined;
    for await (const line of createInterface({ input: bots.stdout })) {
      const report = JSON.parse(line) as BotReport;
      if (report.phase === 'joined') {
        cpuAtStart = cpuSeconds(pid);
        startedAt = performance.now();
      } else if (report.phase === 'done') {
        done = report;
        break;
      }
    }
    const wall = (performance.now() - startedAt) / 1000;
    const cpu = ((cpuSeconds(pid) - cpuAtStart) / wall) * 100;
    const memory = rssMiB(pid);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    if (!done) throw new Error('the bots did not report');
    return {
      clients: done.bots,
      joinErrors: done.errors ?? 0,
      patchP50ms: Number(quantile(metrics, '0.5').toFixed(2)),
      patchP99ms: Number(quantile(metrics, '0.99').toFixed(2)),
      bytesPerClientPerSec: Math.round(done.bytesPerClientPerSecond?.mean ?? NaN),
      serverCpuPercent: Math.round(cpu),
      serverRssMiB: Math.round(memory),
      corrections: done.corrections ?? 0,
      joinSeconds: Number((done.joinSeconds ?? 0).toFixed(1)),
    };
  } finally {
    await server.stop();
  }
}

const seconds = Number(values.seconds);
const rate = Number(values.rate);
const rows = [];
for (const clients of values.clients.map(Number)) {
  console.error(`bench: ${clients} clients walking for ${seconds} s, moves at ${rate} Hz…`);
  rows.push(await runOnce(clients, seconds, rate));
}
console.table(rows);
