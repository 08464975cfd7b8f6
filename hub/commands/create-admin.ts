/**
 * `npm run hub -- create-admin USERNAME [DISPLAY NAME]`: the way in for the first admin (and
 * back in for an agency that lost every admin password). The password comes from
 * HUB_ADMIN_PASSWORD, or is asked for on the terminal without being shown.
 */
import { createInterface } from 'node:readline';
import { Password, Username, createAccount } from '../accounts/accounts.ts';
import type { HubConfig } from '../config.ts';
import { HubSetupError } from '../setup-error.ts';
import { openStore } from '../store/open-store.ts';

function askPassword(prompt: string): Promise<string> {
  // Piped input (scripts, CI) is read without a prompt.
  const rl = createInterface({
    input: process.stdin,
    output: process.stdin.isTTY ? process.stdout : undefined,
    terminal: process.stdin.isTTY,
  });
  const quiet = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  if (process.stdin.isTTY) quiet._writeToOutput = (s) => s.startsWith(prompt) && quiet.output.write(prompt);
  return new Promise((resolve) => {
    // Input that ends without a line (no terminal, nothing piped in) counts as an empty password.
    rl.once('close', () => resolve(''));
    rl.question(prompt, (answer) => {
      resolve(answer);
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
    });
  });
}

export async function createAdmin(config: HubConfig, args: string[]): Promise<void> {
  const [username, ...name] = args;
  const user = Username.safeParse(username ?? '');
  if (!user.success) {
    throw new HubSetupError(
      'Give the admin a username of 2 to 40 lower-case letters, digits, dots, hyphens or underscores: npm run hub -- create-admin USERNAME.',
    );
  }
  const password = Password.safeParse(
    process.env.HUB_ADMIN_PASSWORD ?? (await askPassword(`Password for ${user.data}: `)),
  );
  if (!password.success) {
    throw new HubSetupError(`The password is not usable: ${password.error.issues[0]!.message}.`);
  }
  const store = await openStore(config);
  try {
    await store.transaction((tx) =>
      createAccount(tx, null, {
        username: user.data,
        displayName: name.join(' ') || user.data,
        role: 'admin',
        password: password.data,
      }),
    );
    console.log(`Admin ${user.data} can now sign in at the hub.`);
  } finally {
    await store.close();
  }
}
