import { city } from '@ki/contract'

import { cityMarkSvg } from './cityMark'

/** The city's mark in the admin's navigation (Payload's `graphics.Icon`). */
export function CityIcon() {
  return <span className="city-icon" dangerouslySetInnerHTML={{ __html: cityMarkSvg(28, `Stadt ${city.name}`) }} />
}
