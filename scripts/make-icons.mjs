/**
 * Draws the app's install icons (public/icons/*.png) with pngjs, so they need no design tool and can
 * be drawn again: three boxes of the chain joined by two links, in the first, middle and last
 * lanes' heading colours, on white. The maskable icon keeps the drawing inside the middle 80 %,
 * which is all a launcher's mask may show. Run: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const BOX_COLOURS = ['#1d4e89', '#8a4b08', '#4d5720'];
const LINK_COLOUR = '#57606a';

function rgb(hex) {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
}

/** Boxes and links laid out on a 100 × 100 grid, scaled to the icon; `inset` shrinks the drawing towards the middle. */
function drawIcon(size, { inset }) {
  const png = new PNG({ width: size, height: size });
  const scale = (size * (1 - 2 * inset)) / 100;
  const offset = size * inset;
  const shapes = [
    // links first, boxes over them
    { x: 20, y: 47, w: 30, h: 6, colour: LINK_COLOUR },
    { x: 50, y: 47, w: 30, h: 6, colour: LINK_COLOUR },
    { x: 6, y: 30, w: 24, h: 40, colour: BOX_COLOURS[0] },
    { x: 38, y: 14, w: 24, h: 40, colour: BOX_COLOURS[1] },
    { x: 70, y: 46, w: 24, h: 40, colour: BOX_COLOURS[2] },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gridX = (x + 0.5 - offset) / scale;
      const gridY = (y + 0.5 - offset) / scale;
      const shape = shapes.findLast((s) => gridX >= s.x && gridX < s.x + s.w && gridY >= s.y && gridY < s.y + s.h);
      const [r, g, b] = shape ? rgb(shape.colour) : [255, 255, 255];
      const at = (y * size + x) * 4;
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const folder = new URL('../public/icons/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('icon-192.png', folder), drawIcon(192, { inset: 0.06 }));
writeFileSync(new URL('icon-512.png', folder), drawIcon(512, { inset: 0.06 }));
writeFileSync(new URL('icon-maskable-512.png', folder), drawIcon(512, { inset: 0.16 }));
