import { useId, useRef, useState, type FormEvent } from 'react';
import { DEMO_ACCOUNT } from '../session/demo-account.ts';
import { errorText } from '../session/error-text.ts';
import type { RegisterDetails } from '../session/SessionProvider.tsx';
import { accountFormErrors, type AccountForm, type AccountFormErrors } from './login-form.ts';

export interface LoginPageProps {
  signIn(email: string, password: string): Promise<void>;
  register(details: RegisterDetails): Promise<void>;
  /** Why the user is here (e.g. the session ended), shown above the form. */
  notice?: string | null;
}

/** Sign in (or create an account), with the demo account one click away. */
export function LoginPage({ signIn, register, notice }: LoginPageProps) {
  const [form, setForm] = useState<AccountForm>({ mode: 'sign_in', email: '', password: '', displayName: '' });
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { email: useId(), password: useId(), name: useId(), title: useId() };
  const emailInput = useRef<HTMLInputElement | null>(null);
  const registering = form.mode === 'register';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = accountFormErrors(form);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (registering)
        await register({ email: form.email.trim(), password: form.password, displayName: form.displayName.trim() });
      else await signIn(form.email.trim(), form.password);
    } catch (caught) {
      setFailure(errorText(caught));
      setBusy(false);
    }
  };

  const useDemo = () => {
    setForm({ mode: 'sign_in', email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, displayName: '' });
    setErrors({});
    setFailure(null);
  };

  const switchMode = () => {
    setForm({ ...form, mode: registering ? 'sign_in' : 'register' });
    setErrors({});
    setFailure(null);
    emailInput.current?.focus();
  };

  const field = (key: keyof AccountFormErrors) => ({
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${ids[key === 'displayName' ? 'name' : key]}-error` : undefined,
  });

  return (
    <main className="login" id="main" tabIndex={-1}>
      <section className="login-card" aria-labelledby={ids.title}>
        <div className="login-intro">
          <svg className="login-mark" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="10" cy="12" r="6" fill="#f0a431" />
            <circle cx="22" cy="12" r="6" fill="#4cae74" />
            <circle cx="16" cy="22" r="6" fill="#5b74e0" />
          </svg>
          <h1 id={ids.title}>{registering ? 'Create your account' : 'Sign in to Ensemble'}</h1>
          <p className="muted">Living character ecosystems: watch characters talk, feel and form relationships.</p>
        </div>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <form className="form" onSubmit={submit} noValidate>
          {registering && (
            <div className="field">
              <label htmlFor={ids.name}>Your name</label>
              <input
                id={ids.name}
                name="displayName"
                autoComplete="name"
                value={form.displayName}
                onChange={(e) => setForm({ ...form, displayName: e.target.value })}
                {...field('displayName')}
              />
              {errors.displayName && (
                <p className="field-error" id={`${ids.name}-error`}>
                  {errors.displayName}
                </p>
              )}
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.email}>Email</label>
            <input
              id={ids.email}
              ref={emailInput}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              {...field('email')}
            />
            {errors.email && (
              <p className="field-error" id={`${ids.email}-error`}>
                {errors.email}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.password}>Password</label>
            <input
              id={ids.password}
              name="password"
              type="password"
              autoComplete={registering ? 'new-password' : 'current-password'}
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              {...field('password')}
            />
            {errors.password && (
              <p className="field-error" id={`${ids.password}-error`}>
                {errors.password}
              </p>
            )}
          </div>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {busy ? (registering ? 'Creating account…' : 'Signing in…') : registering ? 'Create account' : 'Sign in'}
          </button>
        </form>
        <p className="login-switch">
          {registering ? 'Already have an account?' : 'New here?'}{' '}
          <button type="button" className="link-button" onClick={switchMode}>
            {registering ? 'Sign in instead' : 'Create an account'}
          </button>
        </p>
        <aside className="demo-hint" aria-label="Demo account">
          <p>
            <strong>Just looking?</strong> The demo account has a town with a scene already running:{' '}
            <code>{DEMO_ACCOUNT.email}</code> / <code>{DEMO_ACCOUNT.password}</code>
          </p>
          <button type="button" className="button button--secondary" onClick={useDemo}>
            Use the demo account
          </button>
        </aside>
      </section>
    </main>
  );
}
