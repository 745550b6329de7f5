/** Runs a TypeScript file as a separate Node process (through tsx), as a user of the SDK would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

export interface RunningScript {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export function runScript(file: string, args: string[], env: Record<string, string>, cwd = REPO_ROOT): RunningScript {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits for the process to end, killing it after `timeoutMs`. */
export async function finished(script: RunningScript, timeoutMs: number): Promise<number | null> {
  const timer = setTimeout(() => script.child.kill('SIGKILL'), timeoutMs);
  try {
    return await script.exited;
  } finally {
    clearTimeout(timer);
  }
}
