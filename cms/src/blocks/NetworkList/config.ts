import type { Block } from 'payload'

import { networkLevelOptions } from '../../collections/Networks/levels'

export const NetworkListBlock: Block = {
  slug: 'networkList',
  interfaceName: 'NetworkListBlock',
  labels: { singular: 'Netzwerkliste', plural: 'Netzwerklisten' },
  fields: [{ name: 'level', type: 'select', label: 'Ebene', options: networkLevelOptions }],
}
