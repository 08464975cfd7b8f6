/**
 * `npm run kiosk -- enrol | usb-export | usb-import` as an operator runs them, against a real
 * hub; and enrolment's own rules: the QR code's fingerprint, a lost answer asked for again,
 * a kiosk that already issued requests.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../main/config.ts';
import { openDataFolder, openKiosk } from '../../../main/open-kiosk.ts';
import { enrol, readEnrolment } from '../../../main/sync/enrol.ts';
import { LinkFailure } from '../../../main/sync/hub-client.ts';
import { loadIdentity } from '../../../main/sync/identity.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { startCuttingProxy } from '../hub/harness/cutting-proxy.ts';
import { startTestHub, type TestHub } from '../hub/harness/test-hub.ts';
import { returnBundle, uploadBundle } from './harness/hub-bundles.ts';
import { call } from './harness/kiosk-at-hub.ts';
import { runKioskCommand } from './harness/kiosk-command.ts';

/** A data folder of its own and its key elsewhere, as KIOSK_* settings. */
const kioskEnv = () => ({
  KIOSK_DATA_DIR: tempDir('kiosk'),
  KIOSK_KEY_FILE: join(tempDir('key'), 'data.key'),
  KIOSK_USB_DIR: tempDir('usb-drive'),
});

const oneSentence = (output: string) => output.trim().split('\n').length === 1 && /[.]$/.test(output.trim());

describe('the kiosk commands', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('postgres', 'kiosk_commands');
  });
  afterAll(() => hub?.close());

  it('enrol with the QR text, then carry the outbox by USB drive and import the answer', async () => {
    const env = kioskEnv();
    const { prefix, answer } = await hub.admin.newKiosk();
    const enrolled = await runKioskCommand(['enrol', answer.body.enrolment.qrText, hub.url], env);
    expect(enrolled).toMatchObject({ code: 0 });
    expect(enrolled.output).toMatch(new RegExp(`^Enrolled at ${hub.url} as kiosk ${prefix} `));

    // The kiosk runs, without a link (no KIOSK_HUB_URL, and the hub address it kept is not reachable now).
    const kiosk = await openKiosk(readConfig({ ...env, KIOSK_HUB_URL: 'http://127.0.0.1:9' }, env.KIOSK_DATA_DIR));
    const receipt = await call(kiosk, 'requests.submit', KK_UBAH);
    expect(receipt.trackingCode.startsWith(prefix)).toBe(true);
    const busy = await runKioskCommand(['usb-export'], env);
    expect(busy.code).toBe(1);
    expect(oneSentence(busy.output)).toBe(true);
    await kiosk.close();

    const exported = await runKioskCommand(['usb-export'], env);
    expect(exported.output).toMatch(/^Wrote events 1 to 1 to .*serambi-bundle-.*-1\.json; import it at the hub/);
    const [file] = readdirSync(env.KIOSK_USB_DIR);
    expect((await uploadBundle(hub, readFileSync(join(env.KIOSK_USB_DIR, file!), 'utf8'))).body.stored).toBe(1);

    writeFileSync(join(env.KIOSK_USB_DIR, `serambi-return-${prefix}-1.json`), await returnBundle(hub, prefix));
    const imported = await runKioskCommand(['usb-import'], env);
    expect(imported.output).toMatch(/^Imported return bundle number 1 from .*: the hub holds every event up to 1;/);
    const again = await runKioskCommand(['usb-import'], env);
    expect(again).toMatchObject({ code: 1 });
    expect(again.output.trim()).toBe('This return bundle was already imported; nothing was changed.');

    const twice = await runKioskCommand(['enrol', answer.body.enrolment.code, hub.url], env);
    expect(twice.code).toBe(1);
    expect(twice.output).toMatch(/^This kiosk is already enrolled \(prefix .*\); a kiosk is enrolled once/);
    expect(oneSentence(twice.output)).toBe(true);
  });

  it('refuses a hub whose keys are not those the QR code names, and a code that is not one', async () => {
    const { answer } = await hub.admin.newKiosk();
    const wrong = answer.body.enrolment.qrText.replace(/key=[^&]+/, 'key=AAAA-BBBB-CCCC-DDDD-EEEE');
    const refused = await runKioskCommand(['enrol', wrong, hub.url], kioskEnv());
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(
      /^The hub at .* has the key fingerprint .*, not the one the enrolment QR code names;/,
    );
    const nonsense = await runKioskCommand(['enrol', 'hello', hub.url], kioskEnv());
    expect(nonsense.output).toMatch(/^Give the enrolment code from the hub/);
  });

  it('refuses to enrol a kiosk that already issued requests under a prefix of its own, before using the code', async () => {
    const env = kioskEnv();
    const kiosk = await openKiosk(readConfig(env, env.KIOSK_DATA_DIR));
    await call(kiosk, 'requests.submit', KK_UBAH);
    await kiosk.close();
    const { code } = await hub.admin.newKiosk();
    const refused = await runKioskCommand(['enrol', code, hub.url], env);
    expect(refused.output).toMatch(/^This kiosk has already issued 1 request\(s\) under a prefix of its own/);
    // The code is still good for a fresh kiosk.
    expect((await runKioskCommand(['enrol', code, hub.url], kioskEnv())).code).toBe(0);
  });

  it('asks again with the same keys when the answer to an enrolment was lost, and gets the same answer', async () => {
    let cut = true;
    const proxy = await startCuttingProxy(Number(new URL(hub.url).port), () =>
      cut ? { where: 'answer', afterBytes: 0 } : { where: 'none' },
    );
    const env = kioskEnv();
    const { db, lock } = await openDataFolder(readConfig(env, env.KIOSK_DATA_DIR));
    try {
      const { prefix, code } = await hub.admin.newKiosk();
      const enrolment = readEnrolment(code)!;
      await expect(enrol(db, proxy.url, enrolment, '0.1.0', () => new Date())).rejects.toBeInstanceOf(LinkFailure);
      expect(loadIdentity(db)).toBeNull();
      cut = false;
      const identity = await enrol(db, proxy.url, enrolment, '0.1.0', () => new Date());
      expect(identity.prefix).toBe(prefix);
      const [pinned] = await hub.store.query<{ signing_key: string }>(
        'SELECT signing_key FROM kiosks WHERE prefix = $1',
        [prefix],
      );
      expect(pinned!.signing_key).toBe(identity.signing.publicKey);
    } finally {
      db.close();
      lock.release();
      await proxy.close();
    }
  });
});
