import { calloutTones } from '@ki/contract'
import type { Block } from 'payload'

import { selectOptions } from '../../fields/options'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Hinweisbox', plural: 'Hinweisboxen' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      label: 'Art',
      defaultValue: 'info',
      required: true,
      options: selectOptions(calloutTones, { info: 'Information', warning: 'Warnung', success: 'Erfolg' }),
    },
    { name: 'title', type: 'text', label: 'Überschrift' },
    { name: 'content', type: 'richText', label: 'Text', required: true },
  ],
}
