/**
 * Times the phases of `astro build` (see `lib/tooling/build-phases.ts`) and reports them: one line in the build's
 * log, and the whole report as JSON in the file named by `BUILD_PHASES_FILE` when it is set (the benchmark reads it).
 *
 * The phases follow Astro's public hooks: the content check and content layer run until `astro:build:start`, Vite
 * bundles until its `buildApp` hook (order "post", which runs just before Astro renders the pages), pages render
 * until `astro:build:generated`; after that, each integration's hooks count in the phase it is given with `inPhase`
 * (the sitemap, the data files, the search index). Work inside rendering can claim its own phase with `timePhase`
 * (the data routes do, see `lib/site/data-route.ts`).
 */
import type { AstroIntegration } from 'astro';
import {
  describePhases,
  getBuildPhaseClock,
  PHASE_REPORT_ENV,
  startBuildPhases,
  timePhase,
  writePhaseReport,
  type BuildPhase,
} from '../lib/tooling/build-phases.ts';

type Hook = (...args: unknown[]) => unknown;

/**
 * The same integration, with the time of each of its hooks counted in `phase`, or of the hooks named in `hooks` only
 * (the others count in the phase they run in).
 * @example inPhase('data', recordFiles())
 * @example inPhase('search', searchIndex(), ['astro:build:done']) // indexing starts earlier, among the other phases
 */
export function inPhase(
  phase: BuildPhase,
  integration: AstroIntegration,
  hooks?: ReadonlyArray<keyof AstroIntegration['hooks']>,
): AstroIntegration {
  const timed = Object.fromEntries(
    Object.entries(integration.hooks).map(([name, hook]) => [
      name,
      hooks && !hooks.includes(name as keyof AstroIntegration['hooks'])
        ? hook
        : (...args: unknown[]) => timePhase(phase, () => (hook as Hook)(...args)),
    ]),
  );
  return { ...integration, hooks: timed as AstroIntegration['hooks'] };
}

/**
 * The integrations of the site, between the two that time the build: list every integration here, each wrapped in
 * `inPhase` when its work is a phase of its own.
 */
export function withBuildPhases(integrations: AstroIntegration[]): AstroIntegration[] {
  let building = false;
  const clock = () => getBuildPhaseClock();
  const first: AstroIntegration = {
    name: 'bali-process:build-phases',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        if (!building) return;
        startBuildPhases('other');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bali-process:build-phases',
                apply: 'build',
                // After every environment is bundled and before Astro's own "post" hook renders the pages.
                buildApp: { order: 'post', handler: async () => clock().setBasePhase('render') },
              },
            ],
          },
        });
      },
      'astro:build:start': () => clock().setBasePhase('bundle'),
      'astro:build:generated': () => clock().setBasePhase('other'),
    },
  };
  const last: AstroIntegration = {
    name: 'bali-process:build-phases-report',
    hooks: {
      // The last hook before Astro syncs the content layer.
      'astro:config:done': () => {
        if (building) clock().setBasePhase('content');
      },
      'astro:build:done': ({ logger }) => {
        const report = clock().report();
        logger.info(`Phases: ${describePhases(report.phases)}.`);
        const file = process.env[PHASE_REPORT_ENV];
        if (file) writePhaseReport(file, report);
      },
    },
  };
  return [first, ...integrations, last];
}
