import { EnsembleError } from '@ensemble/sdk';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../session/demo-account.ts';
import { LoginPage } from './LoginPage.tsx';

function renderLogin(signIn = vi.fn(async () => {}), register = vi.fn(async () => {})) {
  render(<LoginPage signIn={signIn} register={register} />);
  return { signIn, register };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

describe('LoginPage', () => {
  it('says a malformed email is malformed rather than "incorrect", and sends nothing', () => {
    const { signIn } = renderLogin();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'demo-at-ensemble' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'whatever1' } });
    submit();
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('names each missing field and sends nothing', () => {
    const { signIn } = renderLogin();
    submit();
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('shows the server’s reason when the credentials are wrong, and lets the user try again', async () => {
    const signIn = vi.fn(async () => {
      throw new EnsembleError('invalid_credentials', 'Email or password is incorrect.', false, 401);
    });
    renderLogin(signIn);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'someone@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong password' } });
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('Email or password is incorrect.');
    expect(signIn).toHaveBeenCalledWith('someone@example.com', 'wrong password');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('explains an unreachable server in plain words', async () => {
    renderLogin(
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@b.co' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'whatever1' } });
    submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Can’t reach the Ensemble server/);
  });

  it('fills in the demo account in one click and signs in with it', async () => {
    const { signIn } = renderLogin();
    fireEvent.click(screen.getByRole('button', { name: 'Use the demo account' }));
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe(DEMO_ACCOUNT.email);
    submit();
    await waitFor(() => expect(signIn).toHaveBeenCalledWith(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password));
  });

  it('asks for a longer password and a name before creating an account', () => {
    const { register } = renderLogin();
    fireEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'new@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
    expect(screen.getByText('Enter the name characters will call you.')).toBeTruthy();
    expect(register).not.toHaveBeenCalled();
  });
});
