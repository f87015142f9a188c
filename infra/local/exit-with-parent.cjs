// Preload (node --require) used by the test rig's AzuriteServer: when stdin is a pipe from the parent,
// exit as soon as it closes. The parent keeps the pipe open for its whole life, so if a test process
// crashes or is killed before stopping its Azurite, that Azurite ends too instead of lingering.
'use strict';
const fs = require('node:fs');

let isPipe = false;
try {
  isPipe = fs.fstatSync(0).isFIFO();
} catch {
  isPipe = false;
}

if (isPipe) {
  const leave = () => process.exit(0);
  process.stdin.on('end', leave);
  process.stdin.on('close', leave);
  process.stdin.on('error', leave);
  process.stdin.resume();
}
