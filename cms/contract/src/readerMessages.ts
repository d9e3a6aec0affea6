/**
 * What readers send from a page ("War diese Seite hilfreich?", "Fehler melden", "Barrierefreie Fassung anfordern")
 * to the CMS's `POST /api/reader-messages/send`: the form's field values and limits, and the anchors of the page's
 * thanks that the CMS sends a reader back to when the form was posted without JavaScript.
 */
export const readerMessageKinds = ['helpful', 'not-helpful', 'error', 'accessible-format'] as const
export type ReaderMessageKind = (typeof readerMessageKinds)[number]

/** The formats a reader can ask a PDF document in. */
export const accessibleFormats = ['accessible-pdf', 'word', 'large-print', 'easy-language', 'other'] as const
export type AccessibleFormat = (typeof accessibleFormats)[number]

/** Characters a reader's text may have (the form's `maxlength`); longer texts are refused, never cut. */
export const READER_TEXT_MAX = 500

/** `#…` of the page's thanks: for feedback and error reports, and for a request of an accessible format. */
export const readerThanksAnchors = { feedback: 'rueckmeldung-danke', request: 'anfrage-danke' } as const

/** The path of the endpoint below the CMS's address. */
export const READER_MESSAGE_PATH = '/api/reader-messages/send'
