import { city } from '@ki/contract'
import type { User } from '@ki/contract/payload-types'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'

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

/** An e-mail address's local part shorter than this is not looked for in passwords (it would refuse too much). */
const MIN_LOCAL_PART = 3

const fold = (text: string) =>
  text.toLocaleLowerCase('de').replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/ß/g, 'ss')

/**
 * Why the password is refused (German, at the field), or undefined when it may be used. With the account's e-mail
 * address, a password containing the address or the part before the @ is refused too: guessers try it first.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein. Tipp: mehrere Wörter, z. B. „Kanal Brücke Apfel 7“.`
  const folded = fold(password)
  const core = folded.replace(/^[\d\W_]+|[\d\W_]+$/g, '')
  if (core === '' || common.has(core) || /^(.)\1+$/.test(folded) || /^(?:0?123456789?0?|987654321)+$/.test(folded))
    return 'Dieses Passwort steht auf den Listen, die beim Erraten zuerst probiert werden. Bitte wählen Sie ein anderes.'
  const cityName = fold(city.name)
  if (folded.includes(cityName))
    return `Das Passwort darf den Namen „${city.name}“ nicht enthalten: er wird beim Erraten zuerst probiert.`
  const address = fold(email?.trim() ?? '')
  const localPart = address.split('@')[0] ?? ''
  if (
    address !== '' &&
    (folded.includes(address) || (localPart.length >= MIN_LOCAL_PART && folded.includes(localPart)))
  )
    return 'Das Passwort darf Ihre E-Mail-Adresse und den Teil vor dem @ nicht enthalten: sie werden beim Erraten zuerst probiert.'
  return undefined
}

const refuse = (message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] })

/** Every password set on an account (create, change) meets the policy; the message stands at the field. */
export const checkPasswordPolicy: CollectionBeforeValidateHook<User> = ({ data, originalDoc }) => {
  const password: unknown = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password, data?.email ?? originalDoc?.email)
  if (problem) throw refuse(problem)
  return data
}

/**
 * Payload's "Passwort zurücksetzen" (/api/users/reset-password, the admin's reset form) stores the new password
 * without the collection's validation (its beforeValidate hooks see the stored account, not the password): the
 * policy is applied here, before the token is used, with the address of the account the token belongs to.
 */
export const checkResetPasswordPolicy: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = args.data
  if (typeof password !== 'string') return args
  const account =
    typeof token === 'string' && token !== ''
      ? await req.payload.db.findOne<User>({
          collection: 'users',
          where: { resetPasswordToken: { equals: token } },
          req,
        })
      : null
  const problem = passwordProblem(password, account?.email)
  if (problem) throw refuse(problem)
  return args
}
