/** The account form's fields as typed. */
export interface AccountForm {
  mode: 'sign_in' | 'register';
  email: string;
  password: string;
  displayName: string;
}

export type AccountFormErrors = Partial<Record<'email' | 'password' | 'displayName', string>>;

/** The server's minimum (apps/api/src/auth/passwords.ts), checked here so the form can say so before sending. */
export const MIN_PASSWORD_LENGTH = 8;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is wrong with the form before anything is sent, field by field. Signing in checks that something
 * was typed and the email has an email's shape (a login must not hint at which accounts exist);
 * registering checks more.
 */
export function accountFormErrors(form: AccountForm): AccountFormErrors {
  const errors: AccountFormErrors = {};
  const email = form.email.trim();
  if (email === '') errors.email = 'Enter your email address.';
  // No account has a malformed address, so saying so at sign-in hints at nothing.
  else if (!EMAIL_SHAPE.test(email)) errors.email = 'Enter an email address like name@example.com.';
  if (form.password === '') errors.password = 'Enter your password.';
  else if (form.mode === 'register' && form.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (form.mode === 'register' && form.displayName.trim() === '')
    errors.displayName = 'Enter the name characters will call you.';
  return errors;
}
