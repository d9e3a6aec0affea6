import type { LocaleCode } from '#/i18n/locales.ts'
import type { Block } from '#/loaders/schemas.ts'

export type BlockType = Block['blockType']

/** What Blocks.astro gives the renderer of each block: the block of that type and the two locales. */
export type BlockProps<Type extends BlockType> = {
  block: Extract<Block, { blockType: Type }>
  /** The reader's locale: links point at pages in this language. */
  locale: LocaleCode
  /** The language the block is written in (German on untranslated pages). */
  contentLocale: LocaleCode
}

/** A block's renderer: a component taking the props of its block type. */
export type BlockRenderer<Type extends BlockType> = (props: BlockProps<Type>) => unknown

/** One renderer for every block type the CMS has. */
export type BlockRenderers = { [Type in BlockType]: BlockRenderer<Type> }

/**
 * The renderer of a block type. Generic, so that the renderer and its props keep one type: indexing the map with
 * a union of block types would give a union of renderers, which no single block fits.
 */
export function rendererFor<Type extends BlockType>(renderers: BlockRenderers, type: Type): BlockRenderer<Type> {
  return renderers[type]
}
