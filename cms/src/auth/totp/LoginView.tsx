import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'

import { CityLogo } from '../../admin/CityLogo'
import { LoginForm } from './LoginForm'

/**
 * The admin's login page (`admin.components.views.login`): Payload's page, whose form has no place for a code, with
 * our LoginForm. A signed-in visitor goes on to where the login would have taken them, as in Payload's view.
 */
export function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const adminRoute = initPageResult.req.payload.config.routes.admin
  const target = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: searchParams?.redirect ?? '' })
  if (initPageResult.req.user) redirect(target)
  return (
    <>
      <div className="login__brand">
        <CityLogo />
      </div>
      <LoginForm redirect={target} />
    </>
  )
}
