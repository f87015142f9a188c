// The turns benchmark's channel and load: a fake Bot Framework channel on loopback (OpenID metadata, a JWKS with its
// own RSA key, the outbound token endpoint, a Bot Connector that counts replies and answers member look-ups), the two
// bots started as child processes, and a fixed-concurrency load of signed Teams messages, interleaved between the bots.
// Node's standard library only. Run by benchmarks/turns/run, which builds, starts Azurite and imports the organisation.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const options = parseArguments(process.argv.slice(2));
const APP_ID = 'b3e1c0de-0000-4000-8000-00000000be01';
const APP_PASSWORD = 'benchmark-only-secret';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ISSUER = 'https://api.botframework.com';
const ISSUED_TOKEN = 'benchmark-outbound-token';

// ---- the fake channel ------------------------------------------------------------------------------------------
const key = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = 'benchmark-key-1';
const jwk = { ...key.publicKey.export({ format: 'jwk' }), kid, kty: 'RSA', use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
const counts = { replies: 0, repliesWithToken: 0, tokenRequests: 0, memberLookups: 0 };

const channel = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => answer(req, res, Buffer.concat(chunks).toString('utf8')));
});
channel.keepAliveTimeout = 60_000;
await new Promise(resolve => channel.listen(0, '127.0.0.1', resolve));
const root = `http://127.0.0.1:${channel.address().port}`;
const serviceUrl = `${root}/connector/`;

function answer(req, res, body) {
  const path = req.url.split('?')[0];
  if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
    return json(res, 200, { issuer: ISSUER, jwks_uri: `${root}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  }
  if (req.method === 'GET' && path === '/v1/.well-known/keys') {
    return json(res, 200, { keys: [jwk] });
  }
  if (req.method === 'POST' && path.endsWith('/oauth2/v2.0/token')) {
    counts.tokenRequests++;
    return json(res, 200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: ISSUED_TOKEN });
  }
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent); // connector, v3, conversations, id, …
  if (parts[0] === 'connector' && req.method === 'POST' && parts[4] === 'activities') {
    counts.replies++;
    if (req.headers.authorization === `Bearer ${ISSUED_TOKEN}`) counts.repliesWithToken++;
    return json(res, 200, { id: `reply-${counts.replies}` });
  }
  if (parts[0] === 'connector' && req.method === 'GET' && parts[4] === 'members' && parts[5]) {
    counts.memberLookups++;
    const aad = parts[5].replace(/^29:user-/, '');
    return json(res, 200, { id: parts[5], name: 'Người dùng lạ', aadObjectId: aad, email: `${aad}@unknown.example`, userPrincipalName: `${aad}@unknown.example` });
  }
  json(res, 404, { error: { code: 'NotFound', message: path } });
}

function json(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// Tokens as the channel signs them: RS256 with its published key, for the bot's app id and this serviceUrl. A small pool
// (the channel reuses a token for many requests), signed before the load so signing is not what is measured.
function signToken(n) {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid, x5t: kid };
  const payload = { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, jti: `bench-${n}` };
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${crypto.sign('RSA-SHA256', Buffer.from(data), key.privateKey).toString('base64url')}`;
}
const b64 = value => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokens = Array.from({ length: 16 }, (_, n) => signToken(n));

// ---- the bots ----------------------------------------------------------------------------------------------------
const botEnvironment = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: APP_PASSWORD,
  MicrosoftAppType: 'MultiTenant',
  OPENID_METADATA_URL: `${root}/v1/.well-known/openidconfiguration`,
  LOGIN_URL: `${root}/login`,
  ISSUER,
};
const bots = [
  { name: 'PartyBot', port: options.partybotPort, command: options.partybot, cwd: options.partybotCwd, health: '/healthz', env: partyBotEnvironment() },
  { name: 'botbuilder 4.23.3 echo', port: options.baselinePort, command: options.baseline, health: '/', env: { PORT: String(options.baselinePort) } },
].filter(bot => bot.command);

function partyBotEnvironment() {
  return {
    ASPNETCORE_ENVIRONMENT: 'Production',
    ASPNETCORE_URLS: `http://127.0.0.1:${options.partybotPort}`,
    BotFramework__OpenIdMetadataUrl: botEnvironment.OPENID_METADATA_URL,
    BotFramework__ToChannelFromBotLoginUrl: botEnvironment.LOGIN_URL,
    BotFramework__ToChannelFromBotOAuthScope: ISSUER,
    Logging__LogLevel__Default: 'Warning',
    Jobs__RunOnStart: '',
    Jobs__CatchUpToday: '',
    Surveys__BallotKey: crypto.randomBytes(32).toString('base64'), // Production requires one (README, "Khảo sát")
    Downloads__SigningKey: crypto.randomBytes(32).toString('base64'), // and one for the download links
  };
}

for (const bot of bots) {
  bot.process = spawn(bot.command[0], bot.command.slice(1), {
    env: { ...process.env, ...botEnvironment, ...bot.env },
    cwd: bot.cwd,
    stdio: ['ignore', 'ignore', fs.openSync(`${options.logs}/${bot.port}.log`, 'w')],
  });
  bot.process.on('exit', code => { if (!stopping) fail(`${bot.name} exited with ${code} (log: ${options.logs}/${bot.port}.log)`); });
}
let stopping = false;
process.on('exit', () => { stopping = true; for (const bot of bots) bot.process.kill('SIGTERM'); });
for (const bot of bots) await waitUntilUp(bot);

// ---- the load ----------------------------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency * 2 });
const knownMembers = options.members.length > 0 ? options.members : ['00000000-0000-0000-0000-000000000020'];
const scenarios = [
  { name: 'help, known member', user: worker => knownMembers[worker % knownMembers.length] },
  { name: 'help, unknown user', user: worker => `aad-unknown-${worker}` },
];
let sequence = 0;

function message(aad) {
  sequence++;
  return JSON.stringify({
    type: 'message', id: `bench-${process.pid}-${sequence}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
    from: { id: `29:user-${aad}`, name: 'Đồng chí thử tải', aadObjectId: aad },
    recipient: { id: `28:${APP_ID}`, name: 'PartyBot' },
    conversation: { id: `a:personal-${aad}`, conversationType: 'personal', tenantId: TENANT },
    text: 'trợ giúp', textFormat: 'plain', locale: 'vi-VN', channelData: { tenant: { id: TENANT } },
  });
}

function post(bot, body) {
  return new Promise(resolve => {
    const started = process.hrtime.bigint();
    const req = http.request({
      host: '127.0.0.1', port: bot.port, path: '/api/messages', method: 'POST', agent,
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${tokens[sequence % tokens.length]}` },
    }, res => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode >= 200 && res.statusCode < 300, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

async function load(bot, scenario, seconds) {
  const latencies = [];
  let errors = 0;
  const repliesBefore = counts.replies;
  const end = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: options.concurrency }, async (_, worker) => {
    while (Date.now() < end) {
      const result = await post(bot, message(scenario.user(worker)));
      if (result.ok) latencies.push(result.ms); else errors++;
    }
  }));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  await sleep(200); // a reply still on its way is counted
  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length, errors, replies: counts.replies - repliesBefore, turnsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99),
  };
}

const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = new Map(); // "bot|scenario" -> runs
for (const scenario of scenarios) {
  for (const bot of bots) {
    await load(bot, scenario, options.warmup); // warm-up: JIT, caches, connections; not counted
  }
}
for (let round = 1; round <= options.rounds; round++) {
  for (const scenario of scenarios) {
    // Interleaved, and the order flips each round, so neither bot always runs on the warmer machine.
    for (const bot of round % 2 === 1 ? bots : [...bots].reverse()) {
      const run = await load(bot, scenario, options.duration);
      const keyName = `${bot.name}|${scenario.name}`;
      results.set(keyName, [...(results.get(keyName) ?? []), run]);
      process.stderr.write(`round ${round} · ${scenario.name} · ${bot.name}: ${run.turnsPerSecond.toFixed(0)} turns/s, p99 ${run.p99.toFixed(1)} ms\n`);
    }
  }
}

// ---- the figures -------------------------------------------------------------------------------------------------
const rss = Object.fromEntries(bots.map(bot => [bot.name, peakRssMiB(bot.process.pid)]));
const rows = [];
for (const scenario of scenarios) {
  for (const bot of bots) {
    const runs = results.get(`${bot.name}|${scenario.name}`);
    rows.push({
      scenario: scenario.name, bot: bot.name,
      'turns/s': median(runs.map(r => r.turnsPerSecond)).toFixed(0),
      'p50 ms': median(runs.map(r => r.p50)).toFixed(1),
      'p99 ms': median(runs.map(r => r.p99)).toFixed(1),
      errors: runs.reduce((s, r) => s + r.errors, 0),
      turns: runs.reduce((s, r) => s + r.turns, 0),
      replies: runs.reduce((s, r) => s + r.replies, 0),
      'peak RSS MiB': rss[bot.name],
    });
  }
}
console.log(`\nturns benchmark: concurrency ${options.concurrency}, warm-up ${options.warmup} s, ${options.rounds} interleaved rounds of ${options.duration} s, medians`);
console.log(`machine: ${fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter(l => l.startsWith('processor')).length} cores, ${(Number(fs.readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)[1]) / 1048576).toFixed(1)} GiB, node ${process.version}`);
printTable(rows);
for (const scenario of scenarios) {
  const [ours, theirs] = bots.map(bot => median(results.get(`${bot.name}|${scenario.name}`).map(r => r.turnsPerSecond)));
  if (theirs) console.log(`${scenario.name}: PartyBot ÷ botbuilder = ${(ours / theirs).toFixed(2)}×`);
}
console.log(`outbound tokens requested: ${counts.tokenRequests}; replies with the issued token: ${counts.repliesWithToken} of ${counts.replies}; member look-ups at the connector: ${counts.memberLookups}`);
const mismatched = rows.filter(r => r.replies !== r.turns || r.errors > 0);
stopping = true;
process.exit(mismatched.length > 0 ? 1 : 0);

// ---- helpers -----------------------------------------------------------------------------------------------------
function peakRssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return (Number(status.match(/VmHWM:\s+(\d+)/)[1]) / 1024).toFixed(0);
}

async function waitUntilUp(bot) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const status = await new Promise(resolve => {
      http.get({ host: '127.0.0.1', port: bot.port, path: bot.health }, res => { res.resume(); resolve(res.statusCode); }).on('error', () => resolve(0));
    });
    if (status === 200) return;
    await sleep(250);
  }
  fail(`${bot.name} did not answer on port ${bot.port} within 2 minutes`);
}

function printTable(table) {
  const columns = Object.keys(table[0]);
  const widths = columns.map(c => Math.max(c.length, ...table.map(r => String(r[c]).length)));
  const line = values => values.map((v, i) => String(v).padEnd(widths[i])).join('  ');
  console.log(line(columns));
  for (const row of table) console.log(line(columns.map(c => row[c])));
}

function fail(text) {
  console.error(`error: ${text}`);
  process.exit(2);
}

function parseArguments(argv) {
  const result = { concurrency: 32, warmup: 5, duration: 15, rounds: 3, members: [], logs: '.', partybotPort: 0, baselinePort: 0 };
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = [argv[i], argv[i + 1]];
    switch (name) {
      case '--concurrency': result.concurrency = Number(value); i++; break;
      case '--warmup': result.warmup = Number(value); i++; break;
      case '--duration': result.duration = Number(value); i++; break;
      case '--rounds': result.rounds = Number(value); i++; break;
      case '--members': result.members = value.split(',').filter(Boolean); i++; break;
      case '--logs': result.logs = value; i++; break;
      case '--partybot-port': result.partybotPort = Number(value); i++; break;
      case '--baseline-port': result.baselinePort = Number(value); i++; break;
      case '--partybot-cwd': result.partybotCwd = value; i++; break;
      case '--partybot': result.partybot = value.split(' '); i++; break;
      case '--baseline': result.baseline = value.split(' '); i++; break;
      default: fail(`unknown argument ${name}`);
    }
  }
  return result;
}
