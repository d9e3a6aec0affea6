'use client'
import {
  EmailField,
  Form,
  FormSubmit,
  Link,
  PasswordField,
  TextField,
  useAuth,
  useConfig,
  useTranslation,
} from '@payloadcms/ui'
import { email } from 'payload/shared'
import { formatAdminURL } from 'payload/shared'

import { CODE_FIELD } from './codeField'

/**
 * Payload's login form (e-mail, password, "Passwort vergessen?") with one more field: the code of an account with
 * Zwei-Faktor-Anmeldung. Accounts without it leave the field empty; a refusal shows Payload's message toast, in German.
 */
export function LoginForm({ redirect }: { redirect: string }) {
  const { config } = useConfig()
  const { t } = useTranslation()
  const { setUser } = useAuth()
  const { admin: adminRoute, api: apiRoute } = config.routes
  return (
    <Form
      action={formatAdminURL({ apiRoute, path: `/${config.admin.user}/login` })}
      className="login__form"
      disableSuccessStatus
      initialState={{
        email: { initialValue: undefined, valid: true, value: undefined },
        password: { initialValue: undefined, valid: true, value: undefined },
        [CODE_FIELD]: { initialValue: '', valid: true, value: '' },
      }}
      method="POST"
      onSuccess={(data) => {
        setUser(data as Parameters<typeof setUser>[0])
      }}
      redirect={redirect}
      waitForAutocomplete
    >
      <div className="login__form__inputWrap">
        <EmailField
          field={{ name: 'email', admin: { autoComplete: 'email' }, label: t('general:email'), required: true }}
          path="email"
          validate={email}
        />
        <PasswordField field={{ name: 'password', label: t('general:password'), required: true }} path="password" />
        <TextField
          field={{
            name: CODE_FIELD,
            label: 'Code der Zwei-Faktor-Anmeldung',
            admin: {
              autoComplete: 'one-time-code',
              description:
                'Nur wenn Sie die Zwei-Faktor-Anmeldung eingeschaltet haben: der Code aus Ihrer Authenticator-App oder ein Wiederherstellungscode.',
            },
          }}
          path={CODE_FIELD}
        />
      </div>
      <Link href={formatAdminURL({ adminRoute, path: config.admin.routes.forgot })} prefetch={false}>
        {t('authentication:forgotPasswordQuestion')}
      </Link>
      <FormSubmit size="large">{t('authentication:login')}</FormSubmit>
    </Form>
  )
}
