// Renders the SVG icon sources in icons/ to the PNG sizes the extension manifest uses.
// Usage: npm run icons
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const iconsDir = new URL('../icons/', import.meta.url);

// 16 and 32 px use the simplified drawing (icon-small.svg) when it exists; larger sizes use icon.svg.
const smallSizes = new Set([16, 32]);
const sizes = [16, 32, 48, 128];
const hasSmall = existsSync(new URL('icon-small.svg', iconsDir));

for (const size of sizes) {
  const sourceName = hasSmall && smallSizes.has(size) ? 'icon-small.svg' : 'icon.svg';
  const svg = readFileSync(new URL(sourceName, iconsDir), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const targetName = `icon-${size}.png`;
  writeFileSync(new URL(targetName, iconsDir), png);
  console.log(`wrote icons/${targetName} (${size}x${size} from ${sourceName}, ${png.length} bytes)`);
}
