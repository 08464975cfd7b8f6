/**
 * Serial scanners end each code with CR, LF or CR LF, depending on their setting, and the
 * port hands over bytes in whatever chunks the driver read: a line (even one character's
 * bytes) can be split anywhere. A line counts only once its terminator has arrived, so a
 * cable pulled mid-code never yields half a code.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder();
  private pending = '';

  push(chunk: Uint8Array): string[] {
    const lines = (this.pending + this.decoder.decode(chunk, { stream: true })).split(/[\r\n]+/);
    this.pending = lines.pop()!;
    return lines.filter((line) => line !== '');
  }
}
