import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom'

import { xliffNamespace } from '../src/translations/xliff/xliffDocument'

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE

/**
 * What a translator's tool does with an exported file: for every unit (or those `translate` answers for), it writes a
 * target with the source's inline codes and each text run translated. Units `translate` returns undefined for keep
 * their file state.
 */
export function translateXliff(xml: string, translate: (text: string, unitId: string) => string | undefined): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const units = Array.from(doc.getElementsByTagNameNS(xliffNamespace, 'unit'))
  for (const unit of units) {
    const unitId = unit.getAttribute('id') ?? ''
    for (const segment of Array.from(unit.getElementsByTagNameNS(xliffNamespace, 'segment'))) {
      const source = segment.getElementsByTagNameNS(xliffNamespace, 'source')[0]
      if (!source) continue
      const target = doc.createElementNS(xliffNamespace, 'target')
      let translatedAny = false
      const copy = (from: Node, to: Element) => {
        for (const child of Array.from(from.childNodes)) {
          if (child.nodeType === child.TEXT_NODE) {
            const translated = translate(child.nodeValue ?? '', unitId)
            if (translated !== undefined) translatedAny = true
            to.appendChild(doc.createTextNode(translated ?? child.nodeValue ?? ''))
          } else if (isElement(child)) {
            const element = child
            const clone = doc.createElementNS(xliffNamespace, element.localName ?? element.tagName)
            for (const attribute of Array.from(element.attributes)) clone.setAttribute(attribute.name, attribute.value)
            copy(element, clone)
            to.appendChild(clone)
          }
        }
      }
      copy(source, target)
      if (!translatedAny) continue
      for (const old of Array.from(segment.getElementsByTagNameNS(xliffNamespace, 'target'))) segment.removeChild(old)
      segment.appendChild(target)
      segment.setAttribute('state', 'translated')
    }
  }
  return new XMLSerializer().serializeToString(doc)
}

const schema = resolve(import.meta.dirname, '../src/translations/xliff/schema/xliff_core_2.0.xsd')

/** Validates a file against the OASIS XLIFF 2.0 core schema with xmllint, offline; throws xmllint's complaint. */
export function validateXliff(xml: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'ki-xliff-'))
  const file = join(scratch, 'export.xlf')
  writeFileSync(file, xml)
  try {
    return execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (failure) {
    const stderr = typeof failure === 'object' && failure !== null && 'stderr' in failure ? failure.stderr : failure
    throw new Error(`XLIFF does not validate: ${String(stderr)}`, { cause: failure })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
