import { city } from '@ki/contract'

import { cityMarkSvg, portalName } from './cityMark'

/** The login page's logo (Payload's `graphics.Logo`): the city's mark and the portal's name. */
export function CityLogo() {
  return (
    <span className="city-logo">
      <span className="city-logo__mark" dangerouslySetInnerHTML={{ __html: cityMarkSvg(56) }} />
      <span className="city-logo__name">
        <span className="city-logo__city">Stadt {city.name}</span>
        <span className="city-logo__portal">{portalName}</span>
      </span>
    </span>
  )
}
