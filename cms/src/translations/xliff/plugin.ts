import type { Plugin } from 'payload'

import { xliffEndpoints } from './endpoints'

/**
 * "Übersetzungen austauschen": XLIFF 2.0 export and import for translators (endpoints under
 * /api/translations/xliff/…, an admin view at /admin/uebersetzungen-austauschen with a link in the navigation).
 */
export const translationExchange = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), ...xliffEndpoints],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: {
        ...config.admin?.components?.views,
        translationExchange: {
          Component: '/translations/xliff/admin/ExchangeView#ExchangeView',
          path: '/uebersetzungen-austauschen',
        },
      },
      afterNavLinks: [
        ...(config.admin?.components?.afterNavLinks ?? []),
        '/translations/xliff/admin/ExchangeView#ExchangeNavLink',
      ],
    },
  },
})
