import { city } from '@ki/contract'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Passwords that guessing lists try first (the common ones of German and English lists, keyboard rows, and the
 * portal's own words), compared without case, digits and punctuation at the ends, so `Passwort123!` counts as well.
 * A curated list, not a leaked-password database: no npm package ships one without loading it at run time.
 */
const common = new Set([
  'passwort',
  'password',
  'kennwort',
  'geheim',
  'secret',
  'letmein',
  'welcome',
  'willkommen',
  'admin',
  'administrator',
  'qwertz',
  'qwerty',
  'qwertzuiop',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'yxcvbnm',
  'zxcvbnm',
  'abcdef',
  'abcdefgh',
  'iloveyou',
  'ichliebedich',
  'sommer',
  'winter',
  'fruehling',
  'herbst',
  'sonne',
  'hallo',
  'hello',
  'test',
  'login',
  'master',
  'dragon',
  'monkey',
  'football',
  'fussball',
  'schalke',
  'borussia',
  'dortmund',
  'bayern',
  'deutschland',
  'changeme',
  'default',
  'redaktion',
  'integration',
  'kommunal',
  'rathaus',
  'stadt',
  'portal',
  'payload',
  'ruhrgebiet',
])

/** Why the password is refused (German, at the field), or undefined when it may be used. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein. Tipp: mehrere Wörter, z. B. „Kanal Brücke Apfel 7“.`
  const folded = password.toLocaleLowerCase('de').replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae')
  const core = folded.replace(/^[\d\W_]+|[\d\W_]+$/g, '')
  if (core === '' || common.has(core) || /^(.)\1+$/.test(folded) || /^(?:0?123456789?0?|987654321)+$/.test(folded))
    return 'Dieses Passwort steht auf den Listen, die beim Erraten zuerst probiert werden. Bitte wählen Sie ein anderes.'
  const cityName = city.name.toLocaleLowerCase('de')
  if (folded.includes(cityName))
    return `Das Passwort darf den Namen „${city.name}“ nicht enthalten: er wird beim Erraten zuerst probiert.`
  return undefined
}

/** Every password set on an account (create, change) meets the policy; the message stands at the field. */
export const checkPasswordPolicy: CollectionBeforeValidateHook = ({ data }) => {
  const password: unknown = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] })
  return data
}
