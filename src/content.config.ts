/**
 * Content collections: wires the schemas in `src/schemas/` to the files in the content directory.
 * Meeting records are `content/meetings/**\/*.mdx`; bodies, topics, organisations and series are YAML files whose
 * names are their ids.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRecordId, readKnownIds } from './lib/content-check.ts';
import { getContentDir } from './lib/content-dir.ts';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema } from './schemas/entities.ts';
import { createMeetingSchema, type ReferenceFactory } from './schemas/meeting.ts';

const contentDir = getContentDir();
const folder = (name: string) => pathToFileURL(`${join(contentDir, name)}/`);
const yamlCollection = (name: string) => glob({ pattern: '*.yaml', base: folder(name) });

const meetings = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: folder('meetings'),
    generateId: ({ entry, data }) => getRecordId(entry, data),
  }),
  schema: ({ image }) =>
    createMeetingSchema({ reference: reference as ReferenceFactory, known: readKnownIds(contentDir), image }),
});

export const collections = {
  meetings,
  bodies: defineCollection({ loader: yamlCollection('bodies'), schema: BodySchema }),
  topics: defineCollection({ loader: yamlCollection('topics'), schema: TopicSchema }),
  organizations: defineCollection({ loader: yamlCollection('organizations'), schema: OrganizationSchema }),
  series: defineCollection({ loader: yamlCollection('series'), schema: SeriesSchema }),
};
