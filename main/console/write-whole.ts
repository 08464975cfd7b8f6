import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/** Written beside its name, flushed, then renamed: a drive pulled out early never holds half a file under it. */
export function writeWhole(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const partial = `${file}.part`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}
