/**
 * The contract between the CMS and the site: what both must agree on, in one place. It imports neither Payload
 * nor Astro. Payload's generated document types are at `@ki/contract/payload-types`.
 */
export * from './blocks.ts'
export * from './city.ts'
export * from './languages.ts'
export * from './links.ts'
export * from './locales.ts'
export * from './options.ts'
export * from './readerMessages.ts'
export * from './searchSynonyms.ts'
export type * from './payload-types.ts'
