// Preload (node --require) used by the test rig's AzuriteServer, which sets PARTYBOT_EXIT_WITH_STDIN=1 and keeps
// a pipe to our stdin open for its whole life: when that pipe closes, exit. So if a test process crashes or is
// killed before stopping its Azurite, that Azurite ends too instead of lingering.
// (No fs.fstatSync(0) here: in Node 20 calling it from a preload broke the resolution of a symlinked main script.)
'use strict';

if (process.env.PARTYBOT_EXIT_WITH_STDIN === '1' && process.stdin instanceof require('node:net').Socket) {
  const leave = () => process.exit(0);
  process.stdin.on('end', leave);
  process.stdin.on('close', leave);
  process.stdin.on('error', leave);
  process.stdin.resume();
}
