import type { Block } from 'payload'

export const EventListBlock: Block = {
  slug: 'eventList',
  interfaceName: 'EventListBlock',
  labels: { singular: 'Terminliste', plural: 'Terminlisten' },
  fields: [
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Termine zum Handlungsfeld' },
    { name: 'limit', type: 'number', label: 'Höchstens so viele Termine', defaultValue: 5, min: 1, max: 50 },
  ],
}
