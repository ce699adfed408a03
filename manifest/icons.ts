import { PNG } from 'pngjs';

/** The app's icons, drawn in code so that they can be regenerated and checked: a shield with a tick.
 * Teams wants a 192x192 full-colour icon and a 32x32 outline icon that is white on transparent. */
export const ACCENT = { r: 0x1f, g: 0x5c, b: 0x99 };
const WHITE = { r: 255, g: 255, b: 255 };
type Rgb = typeof WHITE;

/** Points use coordinates from -1 to 1 across the icon, y pointing down. */
function inShield(x: number, y: number, inset = 0): boolean {
  const top = -0.78 + inset;
  const shoulder = 0.05;
  const tip = 0.86 - inset * 1.4;
  const half = 0.68 - inset;
  if (y < top || y > tip || half <= 0) return false;
  if (y <= shoulder) return Math.abs(x) <= half;
  const t = (y - shoulder) / (tip - shoulder);
  return Math.abs(x) <= half * Math.sqrt(1 - t * t);
}

function nearSegment(x: number, y: number, a: [number, number], b: [number, number], width: number): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy)) <= width / 2;
}

const TICK: [number, number][] = [
  [-0.32, 0.02],
  [-0.08, 0.27],
  [0.36, -0.25],
];
const inTick = (x: number, y: number, width: number) => nearSegment(x, y, TICK[0], TICK[1], width) || nearSegment(x, y, TICK[1], TICK[2], width);

/** Colour at a point: undefined is transparent. */
type Paint = (x: number, y: number) => Rgb | undefined;

const colorPaint: Paint = (x, y) => (inShield(x, y) && !inTick(x, y, 0.17) ? WHITE : ACCENT);
const outlinePaint: Paint = (x, y) => {
  const ring = inShield(x, y) && !inShield(x, y, 0.16);
  return ring || inTick(x, y, 0.2) ? WHITE : undefined;
};

/** Renders with 4x4 samples per pixel, so edges are smooth: partly covered pixels get partial alpha
 * (outline) or a blend (colour); colours are never mixed with anything but the two given. */
function render(size: number, paint: Paint, opaque: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint(((px + (sx + 0.5) / n) / size) * 2 - 1, ((py + (sy + 0.5) / n) / size) * 2 - 1);
          if (!c) continue;
          r += c.r; g += c.g; b += c.b; covered++;
        }
      }
      const i = (py * size + px) * 4;
      const base = covered ? { r: r / covered, g: g / covered, b: b / covered } : WHITE;
      png.data[i] = Math.round(base.r);
      png.data[i + 1] = Math.round(base.g);
      png.data[i + 2] = Math.round(base.b);
      png.data[i + 3] = opaque ? 255 : Math.round((covered / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png);
}

export const renderColorIcon = (): Buffer => render(192, colorPaint, true);
export const renderOutlineIcon = (): Buffer => render(32, outlinePaint, false);
