// Adapter registry: one file per CMS, one line here.
import type { AdapterName } from '../source.ts'
import type { Adapter } from '../types.ts'
import { contentful } from './contentful.ts'
import { generic } from './generic.ts'
import { ghost } from './ghost.ts'
import { sanity } from './sanity.ts'
import { strapi } from './strapi.ts'
import { wordpress } from './wordpress.ts'

export const ADAPTER_REGISTRY: Record<AdapterName, Adapter> = { ghost, wordpress, contentful, sanity, strapi, generic }
