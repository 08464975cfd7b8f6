import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const builder = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  nsis: { include: string };
};

describe('the packaged kiosk', () => {
  it('flips the Electron fuses that lock the binary down', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships a systemd user unit that restarts the kiosk after a crash but not after an operator exit', () => {
    const unit = readFileSync('packaging/systemd/serambi.service', 'utf8');
    expect(unit).toMatch(/^ExecStart=\/opt\/Serambi\/serambi$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^WantedBy=graphical-session\.target$/m);
    expect(JSON.stringify(builder.extraResources)).toContain('packaging/systemd');
  });

  it('adds a Windows autostart entry that runs the kiosk under its supervisor, and removes it on uninstall', () => {
    const script = readFileSync(builder.nsis.include, 'utf8');
    expect(script).toMatch(
      /WriteRegStr HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "Serambi" .*--supervise/,
    );
    expect(script).toMatch(/DeleteRegValue HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "Serambi"/);
  });
});
