/**
 * `npm run bench [-- --clients 100,300,500 --seconds 20 --rate 20 --per-process 250 --pavilion kz]`:
 * the crowd benchmark (crowd.ts): N bot visitors in one pavilion, each size with the real server in
 * its own process; prints the server tick p50/p99, CPU, memory and the bytes each client receives
 * per second. Everything runs on 127.0.0.1, and every size is bounded in time.
 */
import { parseArgs } from 'node:util';
import { CountryId } from '../../shared/countries.ts';
import { crowdSection } from './crowd.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100,300,500' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '20' },
    'per-process': { type: 'string', default: '250' },
    pavilion: { type: 'string', default: 'kz' },
  },
});

const sizes = values.clients.split(',').map(Number);
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const perProcess = Number(values['per-process']);
const pavilionId = CountryId.safeParse(values.pavilion);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 2000) ||
  !(seconds >= 1 && seconds <= 600) ||
  !(rate >= 1 && rate <= 20) ||
  !(Number.isInteger(perProcess) && perProcess >= 1) ||
  !pavilionId.success
) {
  console.error(
    'usage: npm run bench -- [--clients 100,300,500 (1..2000)] [--seconds 20 (1..600)] [--rate 20 (1..20)] ' +
      '[--per-process 250] [--pavilion kz]',
  );
  process.exit(2);
}

const problems = await crowdSection({
  sizes,
  seconds,
  rate,
  perProcess,
  pavilionId: pavilionId.data,
  log: (message) => console.error(message),
});
if (problems.length) {
  console.log('\nProblems:');
  for (const problem of problems) console.log(`- ${problem}`);
}
process.exit(problems.length ? 1 : 0);
