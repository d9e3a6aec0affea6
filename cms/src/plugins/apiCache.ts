import type { Plugin } from 'payload'

import { invalidateApiCache, invalidateApiCacheOnCommit } from '../api-cache/shared'

export type ApiCacheOptions = {
  /**
   * Collections that no anonymous reader can read (the search-miss counter): their writes change no answer the cache
   * holds, so they leave it as it is.
   */
  unreadByAnonymous?: string[]
}

/**
 * Keeps the REST read cache (api-cache/) true to the database: a write to any collection or global empties it at
 * once, and again when the write's transaction commits (the adapter's commit is wrapped in onInit).
 */
export const apiCache =
  ({ unreadByAnonymous = [] }: ApiCacheOptions = {}): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      unreadByAnonymous.includes(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), invalidateApiCache],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateApiCache],
            },
          },
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidateApiCache] },
    })),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      invalidateApiCacheOnCommit(payload)
    },
  })
