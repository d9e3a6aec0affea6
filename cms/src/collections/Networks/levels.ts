import { networkLevels } from '@ki/contract'

import { selectOptions } from '../../fields/options'

/** Local or regional: a network's own field and the network list block's filter offer the same choice. */
export const networkLevelOptions = selectOptions(networkLevels, { local: 'Lokal', regional: 'Regional' })
