import { blockTypes, type BlockType } from '@ki/contract'
import type { Block } from 'payload'

import { CalloutBlock } from './Callout/config'
import { ContactCardBlock } from './ContactCard/config'
import { DocumentListBlock } from './DocumentList/config'
import { EventListBlock } from './EventList/config'
import { FaqBlock } from './Faq/config'
import { ImageBlock } from './Image/config'
import { NetworkListBlock } from './NetworkList/config'
import { OrganisationListBlock } from './OrganisationList/config'
import { RichTextBlock } from './RichText/config'
import { StepsBlock } from './Steps/config'
import { VideoBlock } from './Video/config'

/** The config of each block the contract names; each renders as one component on the public site. */
export const blocksByType = {
  richText: RichTextBlock,
  callout: CalloutBlock,
  steps: StepsBlock,
  faq: FaqBlock,
  image: ImageBlock,
  video: VideoBlock,
  contactCard: ContactCardBlock,
  documentList: DocumentListBlock,
  eventList: EventListBlock,
  organisationList: OrganisationListBlock,
  networkList: NetworkListBlock,
} satisfies Record<BlockType, Block>

/** Layout blocks an editor can place on a page, in the contract's order (the order of the admin's block menu). */
export const layoutBlocks: Block[] = blockTypes.map((type) => blocksByType[type])
