import type { CollectionConfig, Config, DateField, Field, Plugin } from 'payload'

type DatePicker = NonNullable<NonNullable<DateField['admin']>['date']>

/** The format for the admin's lists and version history (`admin.dateFormat`): German date, 24-hour time. */
export const germanDateTimeFormat = 'dd.MM.yyyy HH:mm'
const germanDate = 'dd.MM.yyyy'
const germanTime = 'HH:mm'

/** A picker with German formats, by its appearance; formats a field names itself stay. */
function germanPicker(date: DatePicker | undefined): DatePicker {
  // react-datepicker's caption above the times is English ("Time") unless named.
  const overrides = { timeCaption: 'Uhrzeit', ...date?.overrides }
  switch (date?.pickerAppearance) {
    case 'dayAndTime':
      return {
        ...date,
        overrides,
        displayFormat: date.displayFormat ?? germanDateTimeFormat,
        timeFormat: date.timeFormat ?? germanTime,
        timeIntervals: date.timeIntervals ?? 15,
      }
    case 'timeOnly':
      return {
        ...date,
        overrides,
        displayFormat: date.displayFormat ?? germanTime,
        timeFormat: date.timeFormat ?? germanTime,
        timeIntervals: date.timeIntervals ?? 15,
      }
    case 'monthOnly':
      return { ...date, displayFormat: date.displayFormat ?? 'MM.yyyy' }
    case 'dayOnly':
      return { ...date, displayFormat: date.displayFormat ?? germanDate }
    default:
      return { ...date, displayFormat: date?.displayFormat ?? germanDate }
  }
}

function withGermanDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return { ...field, admin: { ...field.admin, date: germanPicker(field.admin?.date) } }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withGermanDates(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withGermanDates(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withGermanDates(field.fields) }
    return field
  })
}

/**
 * Payload's scheduling drawer ("Veröffentlichung planen") lists its times in `schedulePublish.timeFormat`, 12-hour
 * unless set. Its date shows in `admin.dateFormat` through our patch of `@payloadcms/ui` (patches/), which passes that
 * format to the drawer's picker: Payload itself fixes it to "MMM d, yyy h:mm a".
 */
function withGermanSchedule(versions: CollectionConfig['versions']): CollectionConfig['versions'] {
  if (typeof versions !== 'object' || typeof versions.drafts !== 'object' || !versions.drafts.schedulePublish)
    return versions
  const schedule = versions.drafts.schedulePublish === true ? {} : versions.drafts.schedulePublish
  return {
    ...versions,
    drafts: {
      ...versions.drafts,
      schedulePublish: { ...schedule, timeFormat: schedule.timeFormat ?? germanTime },
    },
  }
}

/**
 * Every date field of every collection and global (the plugins' too) shows German dates with 24-hour time:
 * Payload's picker defaults to "MM/dd/yyyy" and "h:mm aa" whatever the admin's language.
 */
export const germanDates =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      fields: withGermanDates(collection.fields),
      versions: withGermanSchedule(collection.versions),
    })),
    globals: config.globals?.map((global) => ({ ...global, fields: withGermanDates(global.fields) })),
  })
