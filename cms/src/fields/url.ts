import { linkProblem } from '@ki/contract'
import { validations, type RichTextFieldValidation, type TextFieldSingleValidation } from 'payload'

/** A web address field's check (`https://` or `http://`, nothing a browser would run): the site checks it again. */
export const validWebAddress: TextFieldSingleValidation = (value) =>
  value ? (linkProblem(value, 'web') ?? true) : true

type LinkFields = { linkType?: unknown; url?: unknown }

/** The external addresses of every link in a Lexical document (internal links point at a page, not an address). */
export function linkAddresses(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return []
  const { type, fields, children, root } = node as {
    type?: unknown
    fields?: LinkFields
    children?: unknown
    root?: unknown
  }
  const own =
    (type === 'link' || type === 'autolink') && fields?.linkType !== 'internal' && typeof fields?.url === 'string'
      ? [fields.url]
      : []
  const nested = [root, ...(Array.isArray(children) ? (children as unknown[]) : [])].flatMap(linkAddresses)
  return [...own, ...nested]
}

/** Payload's own rich-text check, plus: every link goes to an address the site may link to. */
export const safeRichTextLinks: RichTextFieldValidation = async (value, options) => {
  const base = await validations.richText(value, options)
  if (base !== true) return base
  const problems = linkAddresses(value).flatMap((url) => {
    const problem = linkProblem(url, 'text')
    return problem ? [`Link im Text: ${problem}`] : []
  })
  return problems.length === 0 ? true : problems.join(' ')
}
