'use client'
/**
 * The admin's JSON fields as a plain text area (plugins/plainJsonFields.ts gives it to every JSON field). Payload's
 * own JSON field is the Monaco editor, which the loader bundled inside @payloadcms/ui fetches from cdn.jsdelivr.net:
 * a request to another host that the admin's Content-Security-Policy refuses and a closed municipal network cannot
 * make, and that bundled copy takes no configuration from outside. A text area needs nothing from anywhere, works
 * with screen readers and the keyboard like any form field, and says in German where the JSON is broken.
 */
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent, Validate } from 'payload'
import { useCallback, useState } from 'react'

import { jsonText, parseJsonText } from '../admin/jsonText'

/** The text the editor typed and the form value it produced (parsed JSON, or the text itself while broken). */
type Typed = { text: string; stored: unknown; problem?: string }

export const JsonTextarea: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { label, localized, required, admin } = field
  const [typed, setTyped] = useState<Typed | undefined>(undefined)
  const {
    value,
    setValue,
    showError,
    disabled,
    path = pathFromProps,
  } = useField<unknown>({
    potentiallyStalePath: pathFromProps,
    // Broken text never reaches the server; everything else Payload validates there (required, JSON schema).
    validate: useCallback<Validate>(
      (current) => (typed?.problem && typed.stored === current ? typed.problem : true),
      [typed],
    ),
  })
  // What the form holds now, unless it is what the editor just typed (keeps their spacing and broken text).
  const current = typed && typed.stored === value ? typed : { text: jsonText(value), stored: value }
  const id = `field-${path.replace(/\./g, '__')}`
  const descriptionId = `${id}-description`
  const description = admin?.description
  // Payload hands a custom field component the permission's readOnly, not the field's own admin.readOnly.
  const locked = Boolean(readOnly || admin?.readOnly || disabled)
  const lines = current.text.split('\n').length

  const change = (text: string) => {
    const parsed = parseJsonText(text)
    const next: Typed = parsed.ok ? { text, stored: parsed.value } : { text, stored: text, problem: parsed.problem }
    setTyped(next)
    setValue(next.stored)
  }

  return (
    <div
      className={['field-type', 'textarea', 'json-textarea', showError && 'error', locked && 'read-only']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel htmlFor={id} label={label} localized={localized} path={path} required={required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError || Boolean(current.problem)} message={current.problem} />
        <textarea
          id={id}
          name={path}
          className="textarea-element"
          value={current.text}
          readOnly={locked}
          aria-invalid={current.problem ? true : undefined}
          aria-describedby={description ? descriptionId : undefined}
          rows={Math.min(Math.max(lines, 4), 24)}
          spellCheck={false}
          onChange={(event) => change(event.target.value)}
          style={{ fontFamily: 'var(--font-mono, monospace)', width: '100%', resize: 'vertical', tabSize: 2 }}
        />
      </div>
      {description ? (
        <div id={descriptionId}>
          <FieldDescription description={description} path={path} />
        </div>
      ) : null}
    </div>
  )
}
