// Draws Adaptive Card JSON files as PNG pictures, the way Teams (light theme) shows them.
//   node render.mjs --out <folder> [--width 600] <card.json | folder of .json> ...
// Chromium comes from the system (CHROMIUM_PATH, default /usr/bin/chromium); nothing is downloaded.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { fontFamily, teamsHostConfig } from './teams-host-config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const out = option('--out', join(here, '..', '..', 'docs', 'cards'));
const width = Number(option('--width', '600'));
const files = args.flatMap((p) => (statSync(p).isDirectory()
  ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f))
  : [p]));
if (files.length === 0) {
  console.error('usage: node render.mjs --out <folder> [--width 600] <card.json | folder> ...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let problems = 0;
try {
  const page = await browser.newPage({ viewport: { width: width + 48, height: 600 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 24px; background: #f5f5f5; font-family: ${fontFamily}; }
    #frame { width: ${width}px; background: #fff; border: 1px solid #e1dfdd; border-radius: 6px; overflow: hidden;
             box-shadow: 0 1px 2px rgba(0,0,0,.12); }
  </style></head><body><div id="frame"></div></body></html>`);
  await page.addStyleTag({ path: join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.css') });
  // After the renderer's own stylesheet, so that these Teams-like buttons win.
  await page.addStyleTag({ content: `
    .ac-pushButton { font-family: ${fontFamily}; font-size: 14px; font-weight: 600; min-height: 32px; padding: 4px 16px;
                     border-radius: 4px; border: 1px solid #e1dfdd; background: #fff; color: #252424; }
    .ac-pushButton.style-positive { background: #6264a7; border-color: #6264a7; color: #fff; }
    .ac-pushButton.style-destructive { background: #fff; border-color: #e1dfdd; color: #c4314b; }
    .ac-input { font-family: ${fontFamily}; font-size: 14px; }` });
  await page.addScriptTag({ path: join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });

  for (const file of files) {
    const card = JSON.parse(readFileSync(file, 'utf8'));
    const report = await page.evaluate(({ card, hostConfig }) => {
      const frame = document.getElementById('frame');
      frame.replaceChildren();
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
      const context = new AdaptiveCards.SerializationContext();
      adaptiveCard.parse(card, context);
      frame.appendChild(adaptiveCard.render());
      const warnings = [];
      for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
      // Text cut off sideways or by a line limit.
      const clipped = [...frame.querySelectorAll('*')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        .map((e) => (e.textContent ?? '').trim().slice(0, 60));
      return { warnings, clipped };
    }, { card, hostConfig: teamsHostConfig });
    await page.evaluate(() => document.fonts.ready);
    const png = join(out, `${basename(file, '.json')}.png`);
    await page.locator('#frame').screenshot({ path: png });
    for (const w of report.warnings) console.warn(`${basename(file)}: renderer: ${w}`);
    for (const c of report.clipped) console.warn(`${basename(file)}: clipped: "${c}"`);
    problems += report.warnings.length + report.clipped.length;
    console.log(`${png}`);
  }
} finally {
  await browser.close();
}
process.exit(problems === 0 ? 0 : 1);
