/**
 * Rich text (Lexical JSON) as translators get it: one unit per paragraph, heading, quote or list item, its inline
 * content (bold, italic, links, line breaks …) as XLIFF inline codes whose original data is the Lexical node itself.
 */

/** A Lexical node as stored in the database: a type, optional children or text, and its own attributes. */
export type LexicalNode = { type: string; children?: LexicalNode[]; text?: string; [key: string]: unknown }

/** A rich-text field's value. */
export type RichTextValue = { root: LexicalNode }

/** Inline content of a unit: text and codes (`pc` spans some content, `ph` stands alone), each with its data. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'pc'; id: string; dataRef: string; type: CodeType; subType?: string; children: Inline[] }
  | { kind: 'ph'; id: string; dataRef: string; type: CodeType; subType?: string }

export type CodeType = 'fmt' | 'link' | 'other'

/** A unit's inline content with the original data its codes refer to (data id → Lexical node without content). */
export type InlineContent = { inline: Inline[]; originalData: Map<string, LexicalNode> }

/** Nodes that hold or are blocks; everything else inside a block is inline content. */
const blockTypes = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'block',
  'upload',
  'relationship',
  'horizontalrule',
  'table',
  'tablerow',
  'tablecell',
])

/** Lexical's bold, italic and underline bits, which XLIFF 2.0 names (`xlf:b`, `xlf:i`, `xlf:u`). */
const formatSubTypes: Readonly<Record<number, string>> = { 1: 'xlf:b', 2: 'xlf:i', 8: 'xlf:u' }

export class UnitContentError extends Error {}

export function isRichText(value: unknown): value is RichTextValue {
  if (typeof value !== 'object' || value === null || !('root' in value)) return false
  const root = value.root
  return typeof root === 'object' && root !== null && 'children' in root && Array.isArray(root.children)
}

function hasText(node: LexicalNode): boolean {
  if (node.type === 'text') return typeof node.text === 'string' && node.text.trim() !== ''
  return (node.children ?? []).some(hasText)
}

/** A block whose children are all inline: the unit of translation (a paragraph, heading, list item …). */
function isTextBlock(node: LexicalNode): boolean {
  return (
    blockTypes.has(node.type) &&
    Array.isArray(node.children) &&
    node.children.every((child) => !blockTypes.has(child.type)) &&
    hasText(node)
  )
}

export type RichSegment = { nodePath: number[]; node: LexicalNode }

/** The text blocks of a rich-text value, in reading order, each with its path of child indices from the root. */
export function richSegments(value: RichTextValue): RichSegment[] {
  const segments: RichSegment[] = []
  const walk = (nodes: LexicalNode[], path: number[]) =>
    nodes.forEach((node, index) => {
      if (isTextBlock(node)) segments.push({ nodePath: [...path, index], node })
      else if (Array.isArray(node.children)) walk(node.children, [...path, index])
    })
  walk(value.root.children ?? [], [])
  return segments
}

/** The node at `nodePath` of a rich-text value, if there is one. */
export function nodeAt(value: RichTextValue, nodePath: number[]): LexicalNode | undefined {
  let node: LexicalNode | undefined = value.root
  for (const index of nodePath) node = node?.children?.[index]
  return node
}

/** Replaces the node at `nodePath` (which must exist) in place. */
export function replaceNodeAt(value: RichTextValue, nodePath: number[], replacement: LexicalNode): void {
  const parent = nodeAt(value, nodePath.slice(0, -1))
  const index = nodePath[nodePath.length - 1]
  if (!parent?.children || index === undefined || index >= parent.children.length)
    throw new Error(`No node at ${nodePath.join('.')} to replace.`)
  parent.children[index] = replacement
}

const plainTextDefaults = { detail: 0, format: 0, mode: 'normal', style: '' } as const

function isPlainText(node: LexicalNode): boolean {
  if (node.type !== 'text') return false
  return Object.entries(node).every(([key, value]) => {
    if (key === 'type' || key === 'text' || key === 'version') return true
    return key in plainTextDefaults && plainTextDefaults[key as keyof typeof plainTextDefaults] === value
  })
}

/** What a code's original data keeps of a node: everything but its content. */
function withoutContent(node: LexicalNode): LexicalNode {
  const rest: LexicalNode = { type: node.type }
  for (const [key, value] of Object.entries(node)) if (key !== 'children' && key !== 'text') rest[key] = value
  return rest
}

/** The inline content of a text block as XLIFF codes; code and data ids count up from 1 in reading order. */
export function toInline(block: LexicalNode): InlineContent {
  const originalData = new Map<string, LexicalNode>()
  let count = 0
  const code = (node: LexicalNode) => {
    count += 1
    originalData.set(`d${count}`, withoutContent(node))
    return { id: String(count), dataRef: `d${count}` }
  }
  const convert = (nodes: LexicalNode[]): Inline[] =>
    nodes.map((node): Inline => {
      if (isPlainText(node)) return { kind: 'text', text: node.text ?? '' }
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        const subType = formatSubTypes[format]
        return {
          kind: 'pc',
          ...code(node),
          type: 'fmt',
          ...(subType ? { subType } : {}),
          children: [{ kind: 'text', text: node.text ?? '' }],
        }
      }
      if (node.type === 'link' || node.type === 'autolink')
        return { kind: 'pc', ...code(node), type: 'link', children: convert(node.children ?? []) }
      if (node.type === 'linebreak') return { kind: 'ph', ...code(node), type: 'fmt', subType: 'xlf:lb' }
      if (Array.isArray(node.children))
        return { kind: 'pc', ...code(node), type: 'other', children: convert(node.children) }
      return { kind: 'ph', ...code(node), type: 'other' }
    })
  return { inline: convert(block.children ?? []), originalData }
}

function plainText(inline: Inline[], unit: string, code: string): string {
  return inline
    .map((item) => {
      if (item.kind === 'text') return item.text
      throw new UnitContentError(
        `Einheit ${unit}: In der Formatierung ${code} steht ein weiterer Code (${item.id}); dort ist nur Text erlaubt.`,
      )
    })
    .join('')
}

/**
 * The children of a text block rebuilt from a translation: codes take their node from `originalData` (the German
 * source's, never the file's), text becomes plain text nodes. A code the source does not have is an error.
 */
export function fromInline(inline: Inline[], originalData: Map<string, LexicalNode>, unit: string): LexicalNode[] {
  const convert = (items: Inline[]): LexicalNode[] =>
    items.flatMap((item): LexicalNode[] => {
      if (item.kind === 'text')
        return item.text === '' ? [] : [{ ...plainTextDefaults, text: item.text, type: 'text', version: 1 }]
      const data = originalData.get(item.dataRef)
      if (!data)
        throw new UnitContentError(
          `Einheit ${unit}: Der Code ${item.id} verweist auf „${item.dataRef}“, den der deutsche Text nicht hat.`,
        )
      const node = structuredClone(data)
      if (item.kind === 'ph') return [node]
      if (node.type === 'text') return [{ ...node, text: plainText(item.children, unit, item.id) }]
      return [{ ...node, children: convert(item.children) }]
    })
  return convert(inline)
}
