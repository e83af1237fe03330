/**
 * `npm start` (after the build) and `npm run serve`: serves `dist/` at http://127.0.0.1:4321 (or `PORT`), under
 * `BASE_PATH` when the site was built with one, with working search.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDeploySettings } from '../lib/deploy.ts';
import { startStaticServer } from '../lib/static-server.ts';

const dir = resolve('dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error('There is no built site in dist/. Run npm run build first (npm start does both).');
  process.exit(1);
}
const { base } = getDeploySettings(process.env);
const running = await startStaticServer({ dir, base, port: Number(process.env['PORT'] ?? 4321) });
console.log(`Serving the archive at ${running.url} (press Ctrl+C to stop).`);
