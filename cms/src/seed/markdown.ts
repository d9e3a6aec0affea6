import {
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import { calloutTones, networkLevels } from '@ki/contract'
import type { Page } from '@ki/contract/payload-types'
import type { CollectionSlug, SanitizedConfig } from 'payload'

import { ContentError } from './files'

export type RichText = ReturnType<typeof convertMarkdownToLexical>
export type LayoutBlock = NonNullable<Page['layout']>[number]
/** Resolves `kind:id` references (page:start, contact:x, …) to database ids; throws for unknown ones. */
export type Resolve = (collection: CollectionSlug, id: string) => Page['id']

type Component = { name: string; attributes: Record<string, string>; inner: string; line: number }
type Segment = { markdown: string } | { component: Component }

const SELF_CLOSING = /^<([A-Z][A-Za-z]*)((?:\s+[a-z]+="[^"]*")*)\s*\/>\s*$/
const OPENING = /^<([A-Z][A-Za-z]*)((?:\s+[a-z]+="[^"]*")*)\s*>\s*$/

function attributesOf(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/([a-z]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]))
}

/** Splits an MDX-ish body into Markdown runs and block components (each tag on its own line). */
export function splitComponents(body: string, file: string): Segment[] {
  const lines = body.split(/\r?\n/)
  const segments: Segment[] = []
  let markdown: string[] = []
  const flush = () => {
    if (markdown.join('\n').trim()) segments.push({ markdown: markdown.join('\n').trim() })
    markdown = []
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const single = SELF_CLOSING.exec(line)
    const open = single ? null : OPENING.exec(line)
    if (!single && !open) {
      markdown.push(line)
      continue
    }
    flush()
    const [, name, attributeSource] = (single ?? open) as RegExpExecArray
    if (single) {
      segments.push({ component: { name, attributes: attributesOf(attributeSource), inner: '', line: index + 1 } })
      continue
    }
    const end = lines.findIndex((candidate, at) => at > index && candidate.trim() === `</${name}>`)
    if (end === -1)
      throw new ContentError(`${file}:${index + 1}: <${name}> is never closed (</${name}> on its own line).`)
    segments.push({
      component: {
        name,
        attributes: attributesOf(attributeSource),
        inner: lines.slice(index + 1, end).join('\n'),
        line: index + 1,
      },
    })
    index = end
  }
  flush()
  return segments
}

type LexicalNode = { type?: string; fields?: Record<string, unknown>; children?: LexicalNode[]; [key: string]: unknown }

const LINK_KINDS = { page: 'pages', doc: 'documents' } as const

/** Turns links like `page:kontakt` into internal links to the document. */
function resolveLinks(node: LexicalNode, resolve: Resolve, file: string): void {
  if ((node.type === 'link' || node.type === 'autolink') && node.fields) {
    const url = typeof node.fields.url === 'string' ? node.fields.url : ''
    const match = /^(page|doc):([a-z0-9-]+)$/.exec(url)
    if (match) {
      const relationTo = LINK_KINDS[match[1] as keyof typeof LINK_KINDS]
      node.fields = {
        ...node.fields,
        linkType: 'internal',
        url: undefined,
        doc: { relationTo, value: resolve(relationTo, match[2]) },
      }
    } else if (/^[a-z]+:[a-z0-9-]+$/.test(url) && !/^(https?|mailto|tel):/.test(url)) {
      throw new ContentError(`${file}: unknown link target "${url}" (use page:<id>, doc:<id> or a full URL).`)
    }
  }
  for (const child of node.children ?? []) resolveLinks(child, resolve, file)
}

export class MarkdownConverter {
  private constructor(private readonly editorConfig: SanitizedServerEditorConfig) {}

  static async create(config: SanitizedConfig): Promise<MarkdownConverter> {
    return new MarkdownConverter(await editorConfigFactory.default({ config }))
  }

  richText(markdown: string, resolve: Resolve, file: string): RichText {
    const state = convertMarkdownToLexical({ editorConfig: this.editorConfig, markdown })
    resolveLinks(state.root, resolve, file)
    return state
  }

  /** The page body as layout blocks: Markdown runs become text blocks, components their blocks. */
  blocks(body: string, resolve: Resolve, file: string): LayoutBlock[] {
    return splitComponents(body, file).map((segment) =>
      'markdown' in segment
        ? { blockType: 'richText', content: this.richText(segment.markdown, resolve, file) }
        : this.component(segment.component, resolve, `${file}:${segment.component.line}`),
    )
  }

  private component({ name, attributes, inner }: Component, resolve: Resolve, where: string): LayoutBlock {
    const text = (markdown: string) => this.richText(markdown, resolve, where)
    switch (name) {
      case 'Callout':
        return {
          blockType: 'callout',
          tone: oneOf(calloutTones, attributes, 'tone', where) ?? 'info',
          title: attributes.title,
          content: text(inner),
        }
      case 'Steps':
        return {
          blockType: 'steps',
          steps: parseSteps(inner, where).map((step) => ({
            title: step.title,
            content: step.body ? text(step.body) : undefined,
          })),
        }
      case 'Faq':
        return {
          blockType: 'faq',
          items: parseFaq(inner, where).map((item) => ({ question: item.question, answer: text(item.answer) })),
        }
      case 'ContactCard':
        return { blockType: 'contactCard', contact: resolve('contacts', required(attributes, 'contact', where)) }
      case 'DocumentList':
        return {
          blockType: 'documentList',
          topic: attributes.topic ? resolve('topics', attributes.topic) : undefined,
          type: attributes.type,
          documents: attributes.ids
            ? attributes.ids.split(',').map((id) => resolve('documents', id.trim()))
            : undefined,
        }
      case 'EventList':
        return {
          blockType: 'eventList',
          topic: attributes.topic ? resolve('topics', attributes.topic) : undefined,
          limit: attributes.limit ? Number(attributes.limit) : 5,
        }
      case 'OrganisationList':
        return {
          blockType: 'organisationList',
          field: attributes.field ? resolve('activity-fields', attributes.field) : undefined,
          language: attributes.language,
          district: attributes.district,
        }
      case 'NetworkList':
        return { blockType: 'networkList', level: oneOf(networkLevels, attributes, 'level', where) }
      case 'Figure':
        return {
          blockType: 'image',
          media: resolve('media', required(attributes, 'media', where)),
          caption: attributes.caption,
        }
      case 'Video':
        if (!inner.trim()) throw new ContentError(`${where}: <Video> needs its transcript between the tags.`)
        return {
          blockType: 'video',
          video: resolve('media', required(attributes, 'video', where)),
          captions: resolve('media', required(attributes, 'captions', where)),
          caption: attributes.caption,
          transcript: text(inner),
        }
      default:
        throw new ContentError(
          `${where}: unknown component <${name}>. Known: Callout, Steps, Faq, ContactCard, DocumentList, EventList, OrganisationList, NetworkList, Figure, Video.`,
        )
    }
  }
}

/** The attribute's value if it is one of `values`, undefined if it is not given; a content error otherwise. */
function oneOf<Value extends string>(
  values: readonly Value[],
  attributes: Record<string, string>,
  name: string,
  where: string,
): Value | undefined {
  const value = attributes[name]
  if (value === undefined) return undefined
  const known = values.find((candidate) => candidate === value)
  if (!known) throw new ContentError(`${where}: ${name}="${value}" is not one of ${values.join(', ')}.`)
  return known
}

function required(attributes: Record<string, string>, name: string, where: string): string {
  const value = attributes[name]
  if (!value) throw new ContentError(`${where}: the component needs the attribute ${name}="…".`)
  return value
}

/** `1. **Title** – text` items; continuation lines belong to the item above. */
export function parseSteps(inner: string, where: string): { title: string; body: string }[] {
  const items: string[] = []
  for (const line of inner.split('\n')) {
    if (/^\s*\d+\.\s+/.test(line)) items.push(line.replace(/^\s*\d+\.\s+/, ''))
    else if (line.trim() && items.length > 0) items[items.length - 1] += `\n${line.trim()}`
  }
  if (items.length === 0) throw new ContentError(`${where}: <Steps> needs a numbered list (1. …).`)
  return items.map((item) => {
    const bold = /^\*\*(.+?)\*\*\s*(?:[–—:-]\s*)?([\s\S]*)$/.exec(item)
    return bold ? { title: bold[1].trim(), body: bold[2].trim() } : { title: item.trim(), body: '' }
  })
}

/** `### Question` headings, each followed by its answer. */
export function parseFaq(inner: string, where: string): { question: string; answer: string }[] {
  const parts = inner.split(/^###\s+/m).slice(1)
  if (parts.length === 0) throw new ContentError(`${where}: <Faq> needs questions as ### headings.`)
  return parts.map((part) => {
    const [question, ...answer] = part.split('\n')
    return { question: question.trim(), answer: answer.join('\n').trim() }
  })
}
