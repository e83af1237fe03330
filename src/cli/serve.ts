/**
 * `npm start` (after the build) and `npm run serve`: serves `dist/` at http://127.0.0.1:4321 (or `PORT`), under
 * the base path the site was built with (the public address's path, or `BASE_PATH`), with working search, and with the security headers of `_headers` (as
 * a host that reads that file sends them).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDeploySettings } from '../lib/site/deploy.ts';
import { getHeadersForPath, readHeaderRules } from '../lib/tooling/security-headers.ts';
import { startStaticServer } from '../lib/tooling/static-server.ts';

const dir = resolve('dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error('There is no built site in dist/. Run npm run build first (npm start does both).');
  process.exit(1);
}
const { base } = getDeploySettings(process.env);
let rules;
try {
  rules = await readHeaderRules(resolve(dir, '_headers'));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)} Rebuild with npm run build.`);
  process.exit(1);
}
const running = await startStaticServer({
  dir,
  base,
  port: Number(process.env['PORT'] ?? 4321),
  headers: (pathname) => getHeadersForPath(rules, pathname),
});
console.log(`Serving the archive at ${running.url} (press Ctrl+C to stop).`);
