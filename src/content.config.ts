/**
 * Content collections: wires the schemas in `src/schemas/` to the files in the content directory.
 * Meeting records are `content/meetings/**\/*.mdx`, read by `meetingLoader` (frontmatter checked by the schema, body
 * rendered to HTML once); bodies, topics, organisations and series are YAML files whose names are their ids.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readEntityNames, readKnownIds } from './lib/content/content-check.ts';
import { getContentDir } from './lib/content/content-dir.ts';
import { meetingLoader } from './lib/content/meeting-loader.ts';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema } from './schemas/entities.ts';
import { createMeetingSchema, type ReferenceFactory } from './schemas/meeting.ts';

const contentDir = getContentDir();
const folder = (name: string) => pathToFileURL(`${join(contentDir, name)}/`);
const yamlCollection = (name: string) => glob({ pattern: '*.yaml', base: folder(name) });

// Astro asks for the schema once per entry; build it once. Photos are written `./file.jpg`, relative to the record,
// so Astro's `image()` gives the same result whichever entry it was made for.
let meetingSchema: ReturnType<typeof createMeetingSchema> | undefined;

const meetings = defineCollection({
  loader: meetingLoader({ directory: join(contentDir, 'meetings') }),
  schema: ({ image }) =>
    (meetingSchema ??= createMeetingSchema({
      reference: reference as ReferenceFactory,
      known: readKnownIds(contentDir),
      names: readEntityNames(contentDir),
      image,
    })),
});

export const collections = {
  meetings,
  bodies: defineCollection({ loader: yamlCollection('bodies'), schema: BodySchema }),
  topics: defineCollection({ loader: yamlCollection('topics'), schema: TopicSchema }),
  organizations: defineCollection({ loader: yamlCollection('organizations'), schema: OrganizationSchema }),
  series: defineCollection({ loader: yamlCollection('series'), schema: SeriesSchema }),
};
