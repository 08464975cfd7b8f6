/**
 * KIOSK_PRINTER: where receipts go and how they are laid out, as one URL-like value.
 * Unset means preview: receipts are appended to a file in the data directory.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { ConfigError } from '../config.ts';
import type { PrinterModel, ReceiptLayout } from './escpos.ts';
import { fileTransport } from './file.ts';
import { serialTransport } from './serial.ts';
import { tcpTransport } from './tcp.ts';
import type { PrinterTransport } from './transport.ts';
import { usblpTransport } from './usblp.ts';

export type TransportConfig =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'usblp'; path: string }
  | { kind: 'file'; path: string };

export interface PrinterConfig {
  transport: TransportConfig;
  layout: ReceiptLayout;
  /** False for the preview file used when KIOSK_PRINTER is unset. */
  configured: boolean;
}

const FORMS = 'use tcp://host:9100, serial:/dev/ttyUSB0?baud=38400, usblp:/dev/usb/lp0 or file:/path/receipts.bin';
const PREVIEW_FILE = 'receipts.bin';
const DEFAULT_TCP_PORT = 9100;
// Epson's factory setting for its serial interfaces.
const DEFAULT_BAUD = 38400;
const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200];
const LAYOUT_OPTIONS = ['paper', 'model'];

type Fail = (problem: string, fix: string) => ConfigError;

export function parsePrinterUrl(value: string | undefined, dataDir: string): PrinterConfig {
  const text = value?.trim() ?? '';
  if (text === '') {
    return { transport: { kind: 'file', path: join(dataDir, PREVIEW_FILE) }, layout: { paper: 80 }, configured: false };
  }
  const fail: Fail = (problem, fix) => new ConfigError(`KIOSK_PRINTER "${text}" ${problem}; ${fix}.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('is not understood', FORMS);
  }
  const transport = readTransport(url, text, fail);
  checkOptions(url, transport.kind === 'serial' ? ['baud', ...LAYOUT_OPTIONS] : LAYOUT_OPTIONS, fail);
  return { transport, layout: readLayout(url, fail), configured: true };
}

export function openTransport(config: Pick<PrinterConfig, 'transport'>): PrinterTransport {
  const transport = config.transport;
  switch (transport.kind) {
    case 'tcp':
      return tcpTransport(transport);
    case 'serial':
      return serialTransport(transport);
    case 'usblp':
      return usblpTransport(transport);
    case 'file':
      return fileTransport(transport.path);
  }
}

function readTransport(url: URL, text: string, fail: Fail): TransportConfig {
  switch (url.protocol) {
    case 'tcp:': {
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      if (host === '') throw fail('names no host', "use tcp://host:9100 with the printer's address");
      if (url.pathname !== '' && url.pathname !== '/') throw fail('has a path after the port', 'use tcp://host:9100');
      const port = url.port === '' ? DEFAULT_TCP_PORT : Number(url.port);
      if (port === 0) throw fail('has port 0', "use the printer's port, usually 9100");
      return { kind: 'tcp', host, port };
    }
    case 'serial:': {
      const path = devicePath(url, 'serial:/dev/ttyUSB0?baud=38400', fail);
      const baud = url.searchParams.get('baud');
      const baudRate = baud === null ? DEFAULT_BAUD : Number(baud);
      if (!BAUD_RATES.includes(baudRate)) throw fail(`has baud=${baud}`, `use one of ${BAUD_RATES.join(', ')}`);
      return { kind: 'serial', path, baudRate };
    }
    case 'usblp:':
      return { kind: 'usblp', path: devicePath(url, 'usblp:/dev/usb/lp0', fail) };
    case 'file:':
      // The URL parser would quietly read file:receipts.bin as /receipts.bin.
      if (!/^file:\//i.test(text)) {
        throw fail('is not an absolute path', 'use file:/path/receipts.bin');
      }
      try {
        return { kind: 'file', path: fileURLToPath(url) };
      } catch {
        throw fail('is not a file path on this computer', 'use file:/path/receipts.bin');
      }
    default:
      throw fail('is not understood', FORMS);
  }
}

function devicePath(url: URL, example: string, fail: Fail): string {
  // serial://dev/ttyUSB0 would quietly mean host "dev" and path /ttyUSB0.
  if (url.host !== '') throw fail(`has a host part ("${url.host}")`, `use one slash, as in ${example}`);
  const path = decodeURIComponent(url.pathname);
  if (path === '' || path === '/') throw fail('names no device', `use ${example}`);
  return path;
}

function checkOptions(url: URL, allowed: readonly string[], fail: Fail): void {
  for (const key of url.searchParams.keys()) {
    if (!allowed.includes(key)) {
      throw fail(`has an unknown option "${key}"`, `use ${allowed.map((k) => `${k}=`).join(', ')} or nothing`);
    }
  }
}

function readLayout(url: URL, fail: Fail): ReceiptLayout {
  const paper = url.searchParams.get('paper');
  if (paper !== null && paper !== '58' && paper !== '80') throw fail(`has paper=${paper}`, 'use paper=58 or paper=80');
  const model = url.searchParams.get('model');
  if (model === null) return { paper: paper === '58' ? 58 : 80 };

  const models = escPosModels();
  if (!models.includes(model)) {
    throw fail(
      `names model "${model}", which is not an ESC/POS printer the encoder knows`,
      `use one of ${models.join(', ')}, or leave model out`,
    );
  }
  const modelPaper = new ReceiptPrinterEncoder({ printerModel: model as PrinterModel }).columns === 32 ? 58 : 80;
  if (paper !== null && Number(paper) !== modelPaper) {
    throw fail(
      `asks for paper=${paper} but model ${model} prints on ${modelPaper} mm paper`,
      `use paper=${modelPaper} or leave paper out`,
    );
  }
  return { paper: modelPaper, model: model as PrinterModel };
}

/** Star printers speak StarPRNT, which neither the receipt layout nor DLE EOT status expects. */
function escPosModels(): string[] {
  return ReceiptPrinterEncoder.printerModels
    .map((m) => m.id)
    .filter((id) => new ReceiptPrinterEncoder({ printerModel: id as PrinterModel }).language === 'esc-pos');
}
