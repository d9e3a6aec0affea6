/** The field the admin's login form and REST clients send the code in (`{ email, password, totp }`). */
export const CODE_FIELD = 'totp'
