/** schema.org JSON-LD, serialised so it can sit inside a <script> element. */
import { DateTime } from 'luxon'
import { timeZone } from '#/i18n/format.ts'
import type { CmsEvent } from '#/loaders/schemas.ts'
import type { Occurrence } from './occurrences.ts'

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const

export function berlinIso(date: Date): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toISO({ suppressMilliseconds: true })!
}

export function eventJsonLd(input: {
  event: CmsEvent
  occurrence: Occurrence
  name: string
  description: string
  url: string
  organiser: { name: string; url: string }
}): Record<string, unknown> {
  const { event, occurrence, name, description, url, organiser } = input
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    ...(description ? { description } : {}),
    url,
    startDate: berlinIso(occurrence.start),
    endDate: berlinIso(occurrence.end),
    eventStatus: eventStatus[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place.name,
      address: {
        '@type': 'PostalAddress',
        ...(event.place.street ? { streetAddress: event.place.street } : {}),
        ...(event.place.postcode ? { postalCode: event.place.postcode } : {}),
        addressLocality: 'Oberhausen',
        addressCountry: 'DE',
      },
    },
    organizer: { '@type': 'Organization', name: organiser.name, url: organiser.url },
    ...(event.languages && event.languages.length > 0 ? { inLanguage: event.languages } : {}),
    ...(event.registration?.capacity ? { maximumAttendeeCapacity: event.registration.capacity } : {}),
  }
}

/** JSON for a <script type="application/ld+json">: `<` escaped so the text can never close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
