/**
 * Stops a build to publish (in CI) whose address is not public, before anything is built, with one plain sentence
 * (`getPublicAddressProblem`): a published page, data file, feed or citation must never name a loopback address. A
 * local build without a public address goes on as a preview and says which address it names.
 */
import type { AstroIntegration } from 'astro';
import { getPublicAddressProblem, type DeploySettings } from '../lib/site/deploy.ts';

/** The integration; list it first, so that it speaks before the content check. */
export function publicAddress(settings: DeploySettings): AstroIntegration {
  return {
    name: 'bali-process:public-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problem = getPublicAddressProblem(settings, process.env);
        if (problem) {
          logger.error(problem);
          // The sentence says everything: stop without a stack trace.
          process.exit(1);
        }
        if (!settings.isPublic) {
          logger.warn(
            `A preview: pages, data files, feeds and citations name ${settings.site}, this machine. Set SITE_URL for a build to publish.`,
          );
        }
      },
    },
  };
}
