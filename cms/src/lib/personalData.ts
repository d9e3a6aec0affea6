/**
 * What looks like personal data in what readers type (a search that found nothing, a page feedback): one list of
 * patterns, used to refuse a search query (`looksPersonal`) and to cut the data out of a feedback text
 * (`withoutPersonalData`).
 */

/** Digits of any script (Arabic-Indic `٠١٢`, Devanagari, …) as ASCII digits; NFKC has already folded full-width ones. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    // Unicode's decimal digits come in runs of ten, zero first: the digit is its place in its run.
    let place = 0
    let codePoint = digit.codePointAt(0) ?? 0
    while (place < 9 && /\p{Nd}/u.test(String.fromCodePoint(codePoint - 1))) {
      place++
      codePoint--
    }
    return String(place % 10)
  })
}

/** The text folded as the patterns expect it: NFKC (full-width `＠` and `０` become `@` and `0`), ASCII digits. */
export const foldText = (text: string): string => asciiDigits(text.normalize('NFKC'))

const months =
  'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
  'january|february|march|may|june|july|october|december|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık'

/** What looks like personal data in lower-case folded text, each with why: tested case by case. */
const personalData: [reason: string, pattern: RegExp][] = [
  ['e-mail address', /@/],
  ['e-mail address written out', /[([{<]\s*(?:at|ät|et)\s*[)\]}>]|\bat\b.*\b(?:dot|punkt)\b/],
  // A phone number, a date with its year, an account or ID number: six digits or more, separators in between.
  ['long number', /\d(?:[\s./()+_-]*\d){5,}/],
  ['date of birth', /(?<!\p{L})(?:geb(?:oren|urtsdatum|urtstag)?|born|doğum)(?!\p{L}).*\d/u],
  ['date with month and year', new RegExp(`\\d{1,2}\\.?\\s*(?:${months})\\s*\\d{2,4}`)],
  ['street address', /\p{L}(?:straße|strasse|str\.?|weg|platz|allee|gasse|ring|damm|ufer|chaussee|pfad)\s*\d/u],
  ['street address', /\b(?:straße|strasse|str\.)\s*\d+/],
  ['web address', /https?:|www\./],
]

/** True when folded, lower-case text contains anything of the list. */
export const looksPersonal = (folded: string): boolean => personalData.some(([, pattern]) => pattern.test(folded))

/** What stands in a text where personal data was cut out. */
export const REMOVED = '[…]'

/**
 * The text (folded) with every word that is part of something on the list replaced by `[…]`: a match is widened to
 * the whole words it touches, so `max@example.org` goes entirely, not only its `@`, and `0208 12 34 56` with all its
 * groups. Also reports whether anything was cut, for the editor's list.
 */
export function withoutPersonalData(text: string): { text: string; removed: boolean } {
  const folded = foldText(text)
  const cut = new Array<boolean>(folded.length).fill(false)
  for (const [, pattern] of personalData) {
    const everywhere = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}gi`)
    for (const match of folded.matchAll(everywhere)) {
      let start = match.index
      let end = start + Math.max(match[0].length, 1)
      while (start > 0 && !/\s/.test(folded[start - 1])) start--
      while (end < folded.length && !/\s/.test(folded[end])) end++
      cut.fill(true, start, end)
    }
  }
  if (!cut.includes(true)) return { text: folded, removed: false }
  let result = ''
  for (let index = 0; index < folded.length; index++) {
    if (!cut[index]) result += folded[index]
    else if (index === 0 || !cut[index - 1]) result += REMOVED
  }
  return { text: result, removed: true }
}
