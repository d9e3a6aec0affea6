'use client'
/**
 * "Wiederholung" of an event as a form, as calendar apps offer it: none, daily, weekly on chosen weekdays, monthly on
 * the n-th weekday or on day n, yearly; every N; ends never, on a day or after N dates. It writes the RFC 5545 rule
 * into the field `recurrence.rule` (./form.ts converts both ways); "Regel als Text bearbeiten" shows the text, and a
 * stored rule the form cannot express opens as text with the reason. Below, the next dates in German, as the site
 * will list them; the cancelled ones ("Ausfallende Termine", the field after this one) are struck through.
 */
import { FieldError, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useCallback, useId, useMemo, useState, type CSSProperties } from 'react'

import { checkRecurrenceRule } from '../../collections/Events/recurrence'
import {
  defaultForm,
  describeForm,
  formFromRule,
  frequencies,
  formProblem,
  MAX_COUNT,
  MAX_INTERVAL,
  positionNames,
  positions,
  previewDates,
  ruleFromForm,
  weekdayNames,
  weekdays,
  type Frequency,
  type RecurrenceForm,
  type Weekday,
} from './form'

const frequencyLabels: Record<Frequency, string> = {
  none: 'Nicht wiederholen',
  daily: 'Täglich',
  weekly: 'Wöchentlich',
  monthly: 'Monatlich',
  yearly: 'Jährlich',
}

const intervalUnits: Record<Exclude<Frequency, 'none'>, string> = {
  daily: 'Tage',
  weekly: 'Wochen',
  monthly: 'Monate',
  yearly: 'Jahre',
}

const box: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem' }
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem 1rem' }
const inner: CSSProperties = { border: 0, padding: 0, margin: '1rem 0 0', minInlineSize: 0 }
const legend: CSSProperties = { fontWeight: 600, padding: 0, marginBlockEnd: '0.5rem' }
const input: CSSProperties = {
  font: 'inherit',
  color: 'var(--theme-elevation-800)',
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 4,
  padding: '0.35rem 0.5rem',
}
const number: CSSProperties = { ...input, inlineSize: '5rem' }

/** The event's start from the form (an ISO string), or now for a new event without one. */
function startOf(value: unknown): Date {
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : new Date()
  return Number.isNaN(date.getTime()) ? new Date() : date
}

export const RecurrenceField: TextFieldClientComponent = ({ path: pathFromProps, readOnly }) => {
  const startValue = useFormFields(([fields]) => fields.start?.value)
  // The cancelled dates, joined to one string so the form re-renders only when they change.
  const exceptionList = useFormFields(([fields]) =>
    Object.entries(fields)
      .filter(([name]) => /^recurrence\.exceptions\.\d+\.date$/.test(name))
      .map(([, field]) => (typeof field.value === 'string' ? field.value : ''))
      .join(' '),
  )
  const start = useMemo(() => startOf(startValue), [startValue])
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const {
    value,
    setValue,
    showError,
    disabled,
    path = pathFromProps,
  } = useField<string>({
    potentiallyStalePath: pathFromProps,
    // A half-filled form (no weekday chosen, …) stops the save with its own German reason.
    validate: useCallback(
      (current: string | null | undefined) => problem ?? (current ? checkRecurrenceRule(current, start) : true),
      [problem, start],
    ),
  })
  const rule = value ?? ''
  const locked = Boolean(readOnly || disabled)
  const id = useId()
  const reading = useMemo(() => formFromRule(rule, start), [rule, start])

  // What the editor chose; re-read from the stored rule when that changes from outside (loading, another locale).
  const [seen, setSeen] = useState<string | undefined>(undefined)
  const [form, setForm] = useState<RecurrenceForm | undefined>(undefined)
  const [expert, setExpert] = useState(reading.mode === 'expert')
  if (seen !== rule) {
    setSeen(rule)
    if (reading.mode === 'form') setForm(reading.form)
    else if (!expert) setExpert(true)
  }
  const shown = form ?? (reading.mode === 'form' ? reading.form : defaultForm(start))

  const choose = (changes: Partial<RecurrenceForm>) => {
    const next = { ...shown, ...changes }
    setForm(next)
    const reason = formProblem(next)
    setProblem(reason)
    const text = reason ? rule : ruleFromForm(next)
    setSeen(text)
    if (text !== rule) setValue(text)
  }
  const toggleWeekday = (day: Weekday, on: boolean) =>
    choose({ weekdays: on ? [...shown.weekdays, day] : shown.weekdays.filter((each) => each !== day) })

  const preview = useMemo(() => {
    if (!rule) return undefined
    if (checkRecurrenceRule(rule, start) !== true) return undefined
    const exceptions = exceptionList
      .split(' ')
      .filter(Boolean)
      .map((date) => new Date(date))
    return previewDates(rule, start, { exceptions })
  }, [rule, start, exceptionList])

  const field = (suffix: string) => `${id}-${suffix}`
  const frequency = shown.frequency

  return (
    <div className={['field-type', 'recurrence-form', showError && 'error'].filter(Boolean).join(' ')}>
      <fieldset style={box} disabled={locked} aria-describedby={field('summary')}>
        <legend style={{ ...legend, paddingInline: '0.25rem' }}>Wie oft findet die Veranstaltung statt?</legend>
        <FieldError path={path} showError={showError || Boolean(problem)} message={problem} />
        {expert ? (
          <div>
            {reading.mode === 'expert' && rule ? <p id={field('note')}>{reading.reason}</p> : null}
            <label htmlFor={field('text')} style={{ display: 'block', fontWeight: 600 }}>
              Regel (RFC 5545 RRULE)
            </label>
            <input
              id={field('text')}
              type="text"
              value={rule}
              style={{ ...input, inlineSize: '100%' }}
              aria-describedby={reading.mode === 'expert' && rule ? field('note') : undefined}
              onChange={(event) => {
                setProblem(undefined)
                setValue(event.target.value)
              }}
            />
            <p style={{ color: 'var(--theme-elevation-600)' }}>
              Leer = einmaliger Termin. Beispiel: FREQ=WEEKLY;BYDAY=TU;COUNT=10
            </p>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={reading.mode !== 'form'}
              onClick={() => {
                if (reading.mode === 'form') setForm(reading.form)
                setExpert(false)
              }}
            >
              Zurück zum Formular
            </button>
          </div>
        ) : (
          <div>
            <div style={row}>
              <label htmlFor={field('frequency')}>Wiederholen</label>
              <select
                id={field('frequency')}
                style={input}
                value={frequency}
                onChange={(event) => {
                  const next = frequencies.find((each) => each === event.target.value)
                  if (next) choose({ frequency: next })
                }}
              >
                {frequencies.map((each) => (
                  <option key={each} value={each}>
                    {frequencyLabels[each]}
                  </option>
                ))}
              </select>
              {frequency !== 'none' ? (
                <>
                  <label htmlFor={field('interval')}>alle</label>
                  <input
                    id={field('interval')}
                    type="number"
                    min={1}
                    max={MAX_INTERVAL}
                    style={number}
                    value={Number.isNaN(shown.interval) ? '' : shown.interval}
                    aria-describedby={field('unit')}
                    onChange={(event) => choose({ interval: event.target.valueAsNumber })}
                  />
                  <span id={field('unit')}>{intervalUnits[frequency]}</span>
                </>
              ) : null}
            </div>

            {frequency === 'weekly' ? (
              <fieldset style={inner}>
                <legend style={legend}>An diesen Wochentagen</legend>
                <div style={row}>
                  {weekdays.map((day) => (
                    <label key={day} style={{ display: 'inline-flex', gap: '0.3rem', alignItems: 'center' }}>
                      <input
                        type="checkbox"
                        checked={shown.weekdays.includes(day)}
                        onChange={(event) => toggleWeekday(day, event.target.checked)}
                      />
                      {weekdayNames[day]}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}

            {frequency === 'monthly' ? (
              <fieldset style={inner}>
                <legend style={legend}>Im Monat</legend>
                <div style={{ ...row, marginBlockEnd: '0.5rem' }}>
                  <input
                    id={field('by-weekday')}
                    type="radio"
                    name={field('monthly')}
                    checked={shown.monthlyBy === 'weekday'}
                    onChange={() => choose({ monthlyBy: 'weekday' })}
                  />
                  <label htmlFor={field('by-weekday')}>am</label>
                  <label htmlFor={field('position')} style={visuallyHidden}>
                    Welcher im Monat
                  </label>
                  <select
                    id={field('position')}
                    style={input}
                    value={shown.position}
                    onChange={(event) => {
                      const position = positions.find((each) => String(each) === event.target.value)
                      if (position !== undefined) choose({ monthlyBy: 'weekday', position })
                    }}
                  >
                    {positions.map((position) => (
                      <option key={position} value={position}>
                        {positionNames[position]}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={field('weekday')} style={visuallyHidden}>
                    Wochentag
                  </label>
                  <select
                    id={field('weekday')}
                    style={input}
                    value={shown.weekday}
                    onChange={(event) => {
                      const weekday = weekdays.find((each) => each === event.target.value)
                      if (weekday) choose({ monthlyBy: 'weekday', weekday })
                    }}
                  >
                    {weekdays.map((day) => (
                      <option key={day} value={day}>
                        {weekdayNames[day]}
                      </option>
                    ))}
                  </select>
                </div>
                <div style={row}>
                  <input
                    id={field('by-day')}
                    type="radio"
                    name={field('monthly')}
                    checked={shown.monthlyBy === 'day'}
                    onChange={() => choose({ monthlyBy: 'day' })}
                  />
                  <label htmlFor={field('by-day')}>am Tag</label>
                  <label htmlFor={field('month-day')} style={visuallyHidden}>
                    Tag im Monat
                  </label>
                  <input
                    id={field('month-day')}
                    type="number"
                    min={1}
                    max={31}
                    style={number}
                    value={Number.isNaN(shown.monthDay) ? '' : shown.monthDay}
                    onChange={(event) => choose({ monthlyBy: 'day', monthDay: event.target.valueAsNumber })}
                  />
                  {shown.monthlyBy === 'day' && shown.monthDay > 28 ? (
                    <span>Monate ohne diesen Tag werden übersprungen.</span>
                  ) : null}
                </div>
              </fieldset>
            ) : null}

            {frequency !== 'none' ? (
              <fieldset style={inner}>
                <legend style={legend}>Endet</legend>
                <div style={{ ...row, marginBlockEnd: '0.5rem' }}>
                  <input
                    id={field('never')}
                    type="radio"
                    name={field('ends')}
                    checked={shown.ends === 'never'}
                    onChange={() => choose({ ends: 'never' })}
                  />
                  <label htmlFor={field('never')}>nie</label>
                </div>
                <div style={{ ...row, marginBlockEnd: '0.5rem' }}>
                  <input
                    id={field('ends-until')}
                    type="radio"
                    name={field('ends')}
                    checked={shown.ends === 'until'}
                    onChange={() => choose({ ends: 'until' })}
                  />
                  <label htmlFor={field('ends-until')}>am</label>
                  <label htmlFor={field('until')} style={visuallyHidden}>
                    Letzter Tag der Wiederholung
                  </label>
                  <input
                    id={field('until')}
                    type="date"
                    lang="de"
                    style={input}
                    value={shown.until}
                    onChange={(event) => choose({ ends: 'until', until: event.target.value })}
                  />
                </div>
                <div style={row}>
                  <input
                    id={field('ends-count')}
                    type="radio"
                    name={field('ends')}
                    checked={shown.ends === 'count'}
                    onChange={() => choose({ ends: 'count' })}
                  />
                  <label htmlFor={field('ends-count')}>nach</label>
                  <label htmlFor={field('count')} style={visuallyHidden}>
                    Anzahl der Termine
                  </label>
                  <input
                    id={field('count')}
                    type="number"
                    min={1}
                    max={MAX_COUNT}
                    style={number}
                    value={Number.isNaN(shown.count) ? '' : shown.count}
                    onChange={(event) => choose({ ends: 'count', count: event.target.valueAsNumber })}
                  />
                  <span>Terminen</span>
                </div>
              </fieldset>
            ) : null}

            <div style={{ ...row, marginBlockStart: '1rem' }}>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => setExpert(true)}
              >
                Regel als Text bearbeiten
              </button>
            </div>
          </div>
        )}

        <div style={{ marginBlockStart: '1rem' }}>
          <p id={field('summary')} aria-live="polite" style={{ fontWeight: 600, margin: 0 }}>
            {expert ? (rule ? `Regel: ${rule}` : 'Einmaliger Termin') : describeForm(shown)}
          </p>
          {preview ? (
            <>
              <h4 id={field('preview')} style={{ margin: '0.75rem 0 0.25rem', fontSize: 'inherit' }}>
                Nächste Termine
              </h4>
              {preview.dates.length === 0 ? (
                <p>Alle Termine dieser Regel liegen in der Vergangenheit.</p>
              ) : (
                <ul aria-labelledby={field('preview')} data-recurrence-preview style={{ margin: 0 }}>
                  {preview.dates.map((date) => (
                    <li key={date.label}>
                      {date.cancelled ? (
                        <>
                          <s>{date.label}</s> (fällt aus)
                        </>
                      ) : (
                        date.label
                      )}
                    </li>
                  ))}
                  {preview.more ? <li>… und weitere</li> : null}
                </ul>
              )}
            </>
          ) : null}
        </div>
      </fieldset>
    </div>
  )
}

/** Read by screen readers, not shown: the words around a select ("am [ersten] [Montag]") already say it on screen. */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  inlineSize: 1,
  blockSize: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}
