/**
 * `npm run staff -- COMMAND`: staff accounts from the command line, with the kiosk stopped
 * (the command holds its data folder, as the kiosk does). Its use is the first operator of
 * a kiosk that has never been online; after that, operators add accounts in the console.
 * Whatever goes wrong ends in one sentence on stderr and exit code 1.
 */
import { readConfig } from '../config.ts';
import { openDataFolder } from '../open-kiosk.ts';
import { describeStartupError } from '../startup-error.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { insertStaff, listStaff, staffByBadge, staffByNumber, type StaffRole } from '../store/staff-repo.ts';
import { hashPin, PIN_PATTERN } from './pin-hash.ts';
import { pinPepper } from './sign-in.ts';

const USAGE = `Serambi staff commands (npm run staff -- COMMAND), with the kiosk stopped:
  add NUMBER ROLE NAME [BADGE]   add an account: NUMBER digits (an NIP), ROLE officer or operator,
                                 BADGE the code the staff badge scans as (it starts with KIOSK_BADGE_PREFIX);
                                 the 6-digit PIN is asked for, or read from KIOSK_STAFF_PIN
  list                           the accounts, without their PINs
Settings: KIOSK_DATA_DIR (the kiosk's data folder) and KIOSK_KEY_FILE, as the kiosk has them.`;

class Refused extends Error {}

/** Six digits typed without showing them; a star for each. */
function askPin(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY)
    throw new Refused('Set KIOSK_STAFF_PIN to the six-digit PIN when there is no terminal to type it on.');
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve) => {
    let pin = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0003') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stdout.write('\n');
          return resolve(char === '\u0003' ? '' : pin);
        }
        if (char === '\u007f') pin = pin.slice(0, -1);
        else pin += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function add([number = '', role = '', ...rest]: string[]): Promise<void> {
  const config = readConfig(process.env, '.serambi');
  const prefix = config.scanners.badgePrefix;
  const badge = prefix && rest.length > 1 && rest.at(-1)!.startsWith(prefix) ? rest.pop()! : null;
  const name = rest.join(' ').trim();
  if (!/^\d{1,18}$/.test(number))
    throw new Refused('Give the staff number as 1 to 18 digits: npm run staff -- add NUMBER ROLE NAME [BADGE].');
  if (role !== 'officer' && role !== 'operator') throw new Refused(`The role is officer or operator, not "${role}".`);
  if (name.length < 2 || name.length > 60)
    throw new Refused('Give the name, 2 to 60 characters: npm run staff -- add NUMBER ROLE NAME.');
  const pin = process.env.KIOSK_STAFF_PIN ?? (await askPin(`PIN for ${name} (6 digits): `));
  if (!PIN_PATTERN.test(pin)) throw new Refused('A PIN is six digits; nothing was added.');
  if (!process.env.KIOSK_STAFF_PIN && (await askPin('The same PIN again: ')) !== pin) {
    throw new Refused('The two PINs differ; nothing was added.');
  }
  const { db, lock } = await openDataFolder(config);
  try {
    if (staffByNumber(db, number)) throw new Refused(`Staff number ${number} already has an account on this kiosk.`);
    if (badge && staffByBadge(db, badge)) throw new Refused(`Badge ${badge} already belongs to another account.`);
    const hashed = await hashPin(pin, pinPepper(db));
    const at = new Date().toISOString();
    db.transaction(() => {
      insertStaff(db, {
        staffNumber: number,
        name,
        role: role as StaffRole,
        badge,
        source: 'local',
        createdAt: at,
        pin: hashed,
      });
      appendAudit(db, {
        at,
        actor: null,
        action: 'staff.accountAdded',
        subject: number,
        detail: { role, badge: badge !== null, via: 'command' },
      });
    })();
    console.log(
      `${name} (${number}) can now sign in at the kiosk as ${role}${badge ? ` with badge ${badge} or` : ' with'} the staff number and PIN.`,
    );
  } finally {
    db.close();
    lock.release();
  }
}

async function list(): Promise<void> {
  const { db, lock } = await openDataFolder(readConfig(process.env, '.serambi'));
  try {
    const accounts = listStaff(db);
    if (accounts.length === 0)
      console.log('No staff accounts yet: add the first operator with npm run staff -- add NUMBER operator NAME.');
    for (const s of accounts) {
      console.log(
        `${s.staffNumber}  ${s.role.padEnd(8)}  ${s.name}${s.badge ? '  (badge)' : ''}${s.disabledReason ? '  disabled' : ''}  from ${s.source}`,
      );
    }
  } finally {
    db.close();
    lock.release();
  }
}

async function main([command = 'help', ...args]: string[]): Promise<void> {
  if (command === 'add') return add(args);
  if (command === 'list') return list();
  console.log(USAGE);
  if (command !== 'help' && command !== '--help') process.exitCode = 1;
}

process.umask(0o077);
main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Refused ? error.message : describeStartupError(error));
  process.exit(1);
});
