'use client'
import {
  FormSubmit,
  PublishButton,
  SaveDraftButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormFields,
  useFormModified,
  useHotkey,
  useLocale,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useRef } from 'react'

import { isOrganisationAccount } from '../access/roles'

/** True for an organisation account (no editor or admin role besides). */
function useOrganisationOnly(): boolean {
  return isOrganisationAccount(useAuth().user)
}

/** Payload's publish button for staff; an organisation account only saves drafts and submits them for review. */
export function PublishButtonForStaff() {
  return useOrganisationOnly() ? null : <PublishButton />
}

/**
 * Payload's "Entwurf speichern" for staff. For an organisation account every save is its submission to the editors
 * (cms/src/hooks/workflow/applyWorkflow.ts), so its button says so: "Zur Prüfung einreichen" saves the draft exactly
 * as Payload's button does (PATCH with `draft=true`, `_status: 'draft'`, also on Ctrl/Cmd+S). It can be pressed with
 * unsaved changes, on an entry that was sent back (to submit it again), and on an entry in review, whose changes an
 * autosave (events) already submitted: then it only finishes the editing.
 */
export function SaveDraftButtonForStaff() {
  const organisationOnly = useOrganisationOnly()
  const {
    config: { routes },
  } = useConfig()
  const { id, collectionSlug, unlockDocument } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields['workflow.state']?.value)
  const editDepth = useEditDepth()
  const button = useRef<HTMLButtonElement>(null)
  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    if (!organisationOnly) return
    event.preventDefault()
    event.stopPropagation()
    button.current?.click()
  })
  if (!organisationOnly || !collectionSlug) return <SaveDraftButton />
  const saves = !id || modified || state === 'draft' || state === 'archived'
  const disabled = !saves && state !== 'review'
  const submitForReview = async () => {
    if (disabled) return
    if (saves) {
      const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
      const saved = await submit({
        action: formatAdminURL({ apiRoute: routes.api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` }),
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft' },
        skipValidation: true,
      })
      // A refused save keeps the form as it is (with the German messages at the fields); a new entry's save opens
      // its own page.
      if (!id || !saved?.res.ok) return
    }
    // Submitted, the organisation is done with the entry: give up Payload's document lock, or the editor who opens
    // it to review would be told for 5 minutes that it is being edited. The submission panel above the form
    // ("Eingereichte Änderung") is drawn by the server: show it anew.
    if (id) await unlockDocument(id, collectionSlug)
    window.location.reload()
  }
  return (
    <FormSubmit
      buttonId="action-save-draft"
      buttonStyle="primary"
      disabled={disabled}
      onClick={() => void submitForReview()}
      ref={button}
      size="medium"
      type="button"
    >
      Zur Prüfung einreichen
    </FormSubmit>
  )
}
