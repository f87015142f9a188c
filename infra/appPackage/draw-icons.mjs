// Draws PartyBot's two Teams icons (run: node infra/appPackage/draw-icons.mjs; the PNGs are committed):
//   color.png   192×192: a red tile (the Party's red) with a yellow five-pointed star;
//   outline.png  32×32: the star alone, a white outline on a transparent background, as Teams requires.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodePng } from "./png.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const SAMPLES = 4; // 4×4 samples a pixel: smooth edges

function star(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

function inside(polygon, x, y) {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distanceToEdges(polygon, x, y) {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j];
    const [bx, by] = polygon[i];
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

function roundedSquare(size, radius, x, y) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** paint(x, y) → [r, g, b, a] at a sample point; averaged over the samples of each pixel (premultiplied). */
function draw(size, paint) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = paint(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
        }
      }
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      const at = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) rgba[at + k] = alpha > 0 ? Math.round(sum[k] / sum[3]) : 0;
      rgba[at + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

const RED = [218, 37, 29, 255];
const YELLOW = [255, 205, 0, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

export function drawColor() {
  const size = 192;
  const bigStar = star(96, 101, 70, 28);
  return draw(size, (x, y) => {
    if (!roundedSquare(size, 36, x, y)) return CLEAR;
    if (inside(bigStar, x, y)) return YELLOW;
    return RED;
  });
}

export function drawOutline() {
  const size = 32;
  const outline = star(16, 16.8, 14, 5.8);
  return draw(size, (x, y) => (distanceToEdges(outline, x, y) <= 1.1 ? WHITE : CLEAR));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(here + "color.png", encodePng(192, 192, drawColor()));
  writeFileSync(here + "outline.png", encodePng(32, 32, drawOutline()));
  console.log("wrote color.png (192×192) and outline.png (32×32)");
}
