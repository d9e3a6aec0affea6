/**
 * Progressive enhancement of the page's reader forms (components/feedback/PageFeedback.astro): posted with fetch,
 * the reader stays on the page and hears the thanks from the aria-live region. Without this script the forms post
 * as they are and the CMS sends the reader back to the page's thanks. No cookie is sent or kept (credentials: omit).
 */
type Strings = { thanks: string; requestThanks: string; failed: string; tooMany: string }

function enhance(region: HTMLElement): void {
  const strings = JSON.parse(region.dataset.strings ?? '{}') as Strings
  const status = region.querySelector<HTMLElement>('[data-reader-status]')
  for (const form of region.querySelectorAll<HTMLFormElement>('form[data-reader-form]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const body = new URLSearchParams()
      for (const [name, value] of new FormData(form, event.submitter))
        if (typeof value === 'string') body.append(name, value)
      const buttons = form.querySelectorAll('button')
      buttons.forEach((button) => (button.disabled = true))
      const say = (text: string) => {
        if (status) status.textContent = text
      }
      fetch(form.action, {
        method: 'POST',
        body,
        headers: { accept: 'application/json' },
        credentials: 'omit',
      })
        .then((answer) => {
          if (answer.ok) {
            say(form.dataset.readerForm === 'request' ? strings.requestThanks : strings.thanks)
            form.reset()
            form.closest('details')?.removeAttribute('open')
          } else say(answer.status === 429 ? strings.tooMany : strings.failed)
        })
        .catch(() => say(strings.failed))
        .finally(() => buttons.forEach((button) => (button.disabled = false)))
    })
  }
}

document.querySelectorAll<HTMLElement>('[data-reader-feedback]').forEach(enhance)

// A module (the component imports it by its path), with nothing to export.
export {}
