import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderColorIcon, renderOutlineIcon } from '../manifest/icons';
import { MANIFEST_DIR } from '../manifest/package';

/** Regenerates manifest/color.png and manifest/outline.png (committed; a test checks they match). */
writeFileSync(join(MANIFEST_DIR, 'color.png'), renderColorIcon());
writeFileSync(join(MANIFEST_DIR, 'outline.png'), renderOutlineIcon());
process.stdout.write('wrote manifest/color.png and manifest/outline.png\n');
