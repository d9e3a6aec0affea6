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
            const clone = doc.createElementNS(xliffNamespace, element.localName)
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
