/**
 * XLIFF 2.0 (OASIS) files as the exchange writes and reads them: one `<file>` per entry, one `<unit>` per segment.
 * Our own attributes (collection, entry, hashes) live in the `ki:` namespace, which the core schema allows.
 */
import { DOMImplementation, DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom'

import type { Inline, InlineContent } from './richText'

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const kiNamespace = 'urn:ki-oberhausen:xliff-exchange:1'
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/'
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

export type XliffUnit = {
  id: string
  /** Where the text stands, in German, for the translator. */
  name: string
  sourceHash: string
  /** Hash of the translation the CMS had at export; empty when it had none. */
  targetHash: string
  source: InlineContent
  target?: InlineContent
}

export type XliffFile = { collection: string; entry: string; title: string; units: XliffUnit[] }

export type XliffExport = { sourceLocale: string; targetLocale: string; exportedAt: string; files: XliffFile[] }

/** A unit as read back from a translator's file. */
export type ReadUnit = {
  id: string
  sourceHash: string | null
  targetHash: string | null
  /** The target's inline content; undefined when the file has no target for the unit. */
  target: Inline[] | undefined
}

export type ReadFile = { id: string; collection: string | null; entry: string | null; units: ReadUnit[] }

export type ReadXliff = { version: string | null; srcLang: string | null; trgLang: string | null; files: ReadFile[] }

/** The file as a whole cannot be read: not XML, not XLIFF 2.0, or a unit without an id. */
export class XliffFormatError extends Error {}

/** File ids are NMTOKENs: the collection slug and the entry id. */
export const fileId = (collection: string, entry: string) => `${collection}-${entry}`

export function writeXliff(exchange: XliffExport): string {
  const doc = new DOMImplementation().createDocument(xliffNamespace, 'xliff', null)
  const root = doc.documentElement
  if (!root) throw new Error('The XML implementation created no root element.')
  root.setAttributeNS(xmlnsNamespace, 'xmlns:ki', kiNamespace)
  root.setAttribute('version', '2.0')
  root.setAttribute('srcLang', exchange.sourceLocale)
  root.setAttribute('trgLang', exchange.targetLocale)
  root.setAttributeNS(kiNamespace, 'ki:exportedAt', exchange.exportedAt)

  const element = (name: string, attributes: Record<string, string> = {}) => {
    const created = doc.createElementNS(xliffNamespace, name)
    for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value)
    return created
  }
  const indent = (parent: Element, depth: number) => parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`))
  const appendInline = (parent: Element, inline: Inline[]) => {
    for (const item of inline) {
      if (item.kind === 'text') {
        parent.appendChild(doc.createTextNode(item.text))
        continue
      }
      const code = element(item.kind, {
        id: item.id,
        [item.kind === 'pc' ? 'dataRefStart' : 'dataRef']: item.dataRef,
        type: item.type,
        ...(item.subType ? { subType: item.subType } : {}),
      })
      if (item.kind === 'pc') appendInline(code, item.children)
      parent.appendChild(code)
    }
  }
  const content = (name: 'source' | 'target', value: InlineContent) => {
    const created = element(name)
    created.setAttributeNS(xmlNamespace, 'xml:space', 'preserve')
    appendInline(created, value.inline)
    return created
  }

  for (const file of exchange.files) {
    indent(root, 1)
    const fileElement = element('file', {
      id: fileId(file.collection, file.entry),
      original: `${file.collection}/${file.entry}`,
      canResegment: 'no',
    })
    fileElement.setAttributeNS(kiNamespace, 'ki:collection', file.collection)
    fileElement.setAttributeNS(kiNamespace, 'ki:entry', file.entry)
    indent(fileElement, 2)
    const notes = element('notes')
    const note = element('note', { category: 'title' })
    note.appendChild(doc.createTextNode(file.title))
    notes.appendChild(note)
    fileElement.appendChild(notes)
    for (const unit of file.units) {
      indent(fileElement, 2)
      const unitElement = element('unit', { id: unit.id, name: unit.name })
      unitElement.setAttributeNS(kiNamespace, 'ki:sourceHash', unit.sourceHash)
      unitElement.setAttributeNS(kiNamespace, 'ki:targetHash', unit.targetHash)
      if (unit.source.originalData.size > 0) {
        indent(unitElement, 3)
        const originalData = element('originalData')
        for (const [id, node] of unit.source.originalData) {
          indent(originalData, 4)
          const data = element('data', { id })
          data.appendChild(doc.createTextNode(JSON.stringify(node)))
          originalData.appendChild(data)
        }
        indent(originalData, 3)
        unitElement.appendChild(originalData)
      }
      indent(unitElement, 3)
      const segment = element('segment', unit.target ? { state: 'translated' } : {})
      indent(segment, 4)
      segment.appendChild(content('source', unit.source))
      if (unit.target) {
        indent(segment, 4)
        segment.appendChild(content('target', unit.target))
      }
      indent(segment, 3)
      unitElement.appendChild(segment)
      indent(unitElement, 2)
      fileElement.appendChild(unitElement)
    }
    indent(fileElement, 1)
    root.appendChild(fileElement)
  }
  indent(root, 0)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE

function childElements(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => isElement(node) && node.namespaceURI === xliffNamespace && node.localName === name,
  )
}

function readInline(parent: Element, unit: string): Inline[] {
  const inline: Inline[] = []
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      inline.push({ kind: 'text', text: node.nodeValue ?? '' })
      continue
    }
    if (!isElement(node)) continue
    const name = node.namespaceURI === xliffNamespace ? node.localName : node.tagName
    const id = node.getAttribute('id') ?? ''
    const type = node.getAttribute('type')
    const codeType = type === 'fmt' || type === 'link' ? type : 'other'
    if (name === 'pc')
      inline.push({
        kind: 'pc',
        id,
        dataRef: node.getAttribute('dataRefStart') ?? '',
        type: codeType,
        children: readInline(node, unit),
      })
    else if (name === 'ph') inline.push({ kind: 'ph', id, dataRef: node.getAttribute('dataRef') ?? '', type: codeType })
    else if (name === 'mrk') inline.push(...readInline(node, unit))
    else if (name === 'cp')
      inline.push({ kind: 'text', text: String.fromCodePoint(parseInt(node.getAttribute('hex') ?? '', 16)) })
    else
      throw new XliffFormatError(
        `Einheit ${unit}: Das Element <${name}> wird beim Import nicht unterstützt (erlaubt sind <pc>, <ph>, <mrk> und <cp>).`,
      )
  }
  return inline
}

function readUnit(element: Element, file: string): ReadUnit {
  const id = element.getAttribute('id')
  if (!id) throw new XliffFormatError(`Datei ${file}: Eine Einheit (<unit>) hat keine id.`)
  const name = `${file}/${id}`
  const targets = childElements(element, 'segment').flatMap((segment) => childElements(segment, 'target'))
  return {
    id,
    sourceHash: element.getAttributeNS(kiNamespace, 'sourceHash'),
    targetHash: element.getAttributeNS(kiNamespace, 'targetHash'),
    target: targets.length === 0 ? undefined : targets.flatMap((target) => readInline(target, name)),
  }
}

function unitsOf(container: Element, file: string): ReadUnit[] {
  return Array.from(container.childNodes)
    .filter((node): node is Element => isElement(node) && node.namespaceURI === xliffNamespace)
    .flatMap((child) => {
      if (child.localName === 'unit') return [readUnit(child, file)]
      if (child.localName === 'group') return unitsOf(child, file)
      return []
    })
}

/** Reads a translator's XLIFF 2.0 file; anything but well-formed XLIFF 2.0 is an XliffFormatError in German. */
export function readXliff(xml: string): ReadXliff {
  let doc
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new XliffFormatError(message)
      },
    }).parseFromString(xml, 'text/xml')
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new XliffFormatError(`Die Datei ist kein gültiges XML: ${reason}`)
  }
  const root = doc.documentElement
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== xliffNamespace)
    throw new XliffFormatError(`Die Datei ist keine XLIFF-2.0-Datei (erwartet: <xliff xmlns="${xliffNamespace}">).`)
  const version = root.getAttribute('version')
  if (version !== '2.0' && version !== '2.1')
    throw new XliffFormatError(`Die Datei hat die XLIFF-Version „${version ?? ''}“; erwartet wird 2.0.`)
  return {
    version,
    srcLang: root.getAttribute('srcLang'),
    trgLang: root.getAttribute('trgLang'),
    files: childElements(root, 'file').map((file, index) => {
      const id = file.getAttribute('id') ?? `#${index + 1}`
      return {
        id,
        collection: file.getAttributeNS(kiNamespace, 'collection'),
        entry: file.getAttributeNS(kiNamespace, 'entry'),
        units: unitsOf(file, id),
      }
    }),
  }
}
