// Builds the Teams app package (manifest.json + the two icons, zipped) and validates it offline: the manifest
// against the official JSON schema shipped by @microsoft/app-manifest (pinned in infra/package.json), the icons'
// sizes and the outline's colours. Exit code 0: the zip is written; 1: what is wrong, one line each.
//
//   node infra/appPackage/build.mjs --app-id <guid> --domain <bot host> [--out <file.zip>] [--version 1.0.0]
//        [--developer "…"] [--website-url https://…] [--privacy-url https://…] [--terms-url https://…]
// Each option may come from the environment instead: PARTYBOT_APP_ID, PARTYBOT_BOT_DOMAIN, PARTYBOT_APP_VERSION,
// PARTYBOT_DEVELOPER_NAME, PARTYBOT_WEBSITE_URL, PARTYBOT_PRIVACY_URL, PARTYBOT_TERMS_URL.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { decodePng } from "./png.mjs";
import { zip } from "./zip.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "package.json"));
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const { values: args } = parseArgs({
  options: {
    "app-id": { type: "string" }, domain: { type: "string" }, out: { type: "string" }, version: { type: "string" },
    developer: { type: "string" }, "website-url": { type: "string" }, "privacy-url": { type: "string" }, "terms-url": { type: "string" },
  },
});
const env = process.env;
const domain = args.domain ?? env.PARTYBOT_BOT_DOMAIN;
const settings = {
  APP_ID: args["app-id"] ?? env.PARTYBOT_APP_ID,
  BOT_DOMAIN: domain,
  APP_VERSION: args.version ?? env.PARTYBOT_APP_VERSION ?? "1.0.0",
  DEVELOPER_NAME: args.developer ?? env.PARTYBOT_DEVELOPER_NAME ?? "Văn phòng cấp ủy",
  WEBSITE_URL: args["website-url"] ?? env.PARTYBOT_WEBSITE_URL ?? `https://${domain}/`,
  PRIVACY_URL: args["privacy-url"] ?? env.PARTYBOT_PRIVACY_URL ?? `https://${domain}/privacy`,
  TERMS_URL: args["terms-url"] ?? env.PARTYBOT_TERMS_URL ?? `https://${domain}/terms`,
};
const out = resolve(args.out ?? env.PARTYBOT_APP_PACKAGE ?? join(here, "..", "..", ".local", "appPackage", "partybot.zip"));

const problems = [];
for (const [name, option] of [["APP_ID", "--app-id"], ["BOT_DOMAIN", "--domain"]]) {
  if (!settings[name]) problems.push(`${option} (or PARTYBOT_${name === "APP_ID" ? "APP_ID" : "BOT_DOMAIN"}) is required`);
}
if (problems.length) fail(problems);

// Substituted as JSON string contents, so a value can never break the document's structure.
const template = readFileSync(join(here, "manifest.template.json"), "utf8");
const text = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name) => {
  if (!(name in settings)) problems.push(`manifest.template.json: unknown placeholder ${name}`);
  return JSON.stringify(String(settings[name] ?? "")).slice(1, -1);
});
const manifest = JSON.parse(text);

const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
if (!validate(manifest)) {
  for (const error of validate.errors) problems.push(`manifest${error.instancePath}: ${error.message} ${JSON.stringify(error.params)}`);
}

const icons = { color: 192, outline: 32 };
const files = { "manifest.json": Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8") };
for (const [kind, size] of Object.entries(icons)) {
  const name = manifest.icons[kind];
  const png = readFileSync(join(here, name));
  const image = decodePng(png);
  if (image.width !== size || image.height !== size) problems.push(`${name}: ${image.width}×${image.height}, the ${kind} icon must be ${size}×${size}`);
  if (kind === "outline") checkOutline(name, image);
  files[name] = png;
}
if (problems.length) fail(problems);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip(files));
console.log(`app package: ${out} (manifest ${manifest.manifestVersion}, app id ${manifest.id}, valid against ${schemaFile.slice(schemaFile.indexOf("@microsoft"))})`);

/** Teams: the outline icon is white on a transparent background, nothing else. */
function checkOutline(name, image) {
  if (image.colorType !== 6 || !image.rgba) {
    problems.push(`${name}: must be an 8-bit RGBA PNG (transparent background)`);
    return;
  }
  let transparent = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r, g, b, a] = image.rgba.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) {
      problems.push(`${name}: pixel ${(i / 4) % image.width},${Math.floor(i / 4 / image.width)} is not white (${r},${g},${b})`);
      return;
    }
  }
  if (transparent === 0) problems.push(`${name}: no transparent pixel; the background must be transparent`);
}

function fail(lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}
