import { city } from '@ki/contract'

/**
 * The city's mark in the admin: a placeholder drawn here (no third-party asset) until the city supplies its own
 * logo: a shield in the portal's blue with the city's initial. Used as the admin's icon, logo and favicon; without
 * a label it is decoration beside the city's name.
 */
export const cityMarkSvg = (size: number, label?: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 36" width="${size}" height="${Math.round((size * 36) / 32)}" ` +
  (label ? `role="img" aria-label="${label}">` : 'aria-hidden="true" focusable="false">') +
  '<path d="M2 2h28v14c0 9-6 15-14 18C8 31 2 25 2 16z" fill="#00508c"/>' +
  `<text x="16" y="22" text-anchor="middle" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff">${city.name.charAt(0)}</text>` +
  '</svg>'

export const cityFavicon = `data:image/svg+xml,${encodeURIComponent(cityMarkSvg(32))}`

/** What editors read in the browser tab and on the login page. */
export const portalName = `Integrationsportal ${city.name}`
