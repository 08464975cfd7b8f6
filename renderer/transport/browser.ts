/**
 * Browser mode: the same KioskApi over HTTP to the loopback server (main/web/).
 * Every method is POST /api/<method> with the input as JSON; the body that comes back
 * is the Result itself, whatever the HTTP status.
 */
import type {
  EventName,
  EventPayload,
  Failure,
  KioskApi,
  MethodInput,
  CitizenMethodName,
  MethodOutput,
  Result,
} from '../../preload/contract';

export type BrowserTransportOptions = {
  token: string;
  /** Injected by tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected by tests; defaults to the global EventSource. */
  eventSource?: (url: string) => Pick<EventSource, 'addEventListener' | 'removeEventListener' | 'close'>;
  timeoutMs?: number;
};

const failure = (message: string): Failure => ({ ok: false, code: 'internal', message });

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const ok = (body as { ok: unknown }).ok;
  return ok === true ? 'value' in body : ok === false && typeof (body as { code?: unknown }).code === 'string';
}

export function browserKiosk(options: BrowserTransportOptions): KioskApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;

  async function call<M extends CitizenMethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
    let response: Response;
    try {
      response = await doFetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-token': options.token },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return failure(`network: ${error instanceof Error ? error.message : String(error)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(`HTTP ${response.status}: the response was not JSON`);
    }
    // The server validated the output against the contract; here we only check the envelope.
    return isResult(body) ? (body as Result<MethodOutput<M>>) : failure(`HTTP ${response.status}: not a Result`);
  }

  // One stream for all events, opened on the first subscription; the server checks the token.
  const openStream = options.eventSource ?? ((url: string) => new EventSource(url));
  let stream: ReturnType<typeof openStream> | undefined;
  let subscribers = 0;

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    stream ??= openStream(`/events?token=${encodeURIComponent(options.token)}`);
    const source = stream;
    const forward = (message: Event) => listener(JSON.parse((message as MessageEvent<string>).data));
    source.addEventListener(event, forward);
    subscribers += 1;
    return () => {
      source.removeEventListener(event, forward);
      subscribers -= 1;
      if (subscribers === 0) {
        source.close();
        stream = undefined;
      }
    };
  }

  // Spelled out so that a method added to the contract fails type-checking here until it is wired.
  return {
    'kiosk.info': (input) => call('kiosk.info', input),
    'catalog.get': (input) => call('catalog.get', input),
    'requests.checkAnswer': (input) => call('requests.checkAnswer', input),
    'requests.prepare': (input) => call('requests.prepare', input),
    'requests.submit': (input) => call('requests.submit', input),
    'requests.status': (input) => call('requests.status', input),
    'help.call': (input) => call('help.call', input),
    'complaints.checkAnswer': (input) => call('complaints.checkAnswer', input),
    'complaints.submit': (input) => call('complaints.submit', input),
    'survey.lookup': (input) => call('survey.lookup', input),
    'survey.submit': (input) => call('survey.submit', input),
    'staff.check': (input) => call('staff.check', input),
    'staff.signIn': (input) => call('staff.signIn', input),
    'staff.signOut': (input) => call('staff.signOut', input),
    'staff.touch': (input) => call('staff.touch', input),
    'staff.helpCalls': (input) => call('staff.helpCalls', input),
    'staff.attendHelp': (input) => call('staff.attendHelp', input),
    'console.devices': (input) => call('console.devices', input),
    'console.testPrint': (input) => call('console.testPrint', input),
    'console.reprint': (input) => call('console.reprint', input),
    'console.sync': (input) => call('console.sync', input),
    'console.syncNow': (input) => call('console.syncNow', input),
    'console.usbExport': (input) => call('console.usbExport', input),
    'console.usbImport': (input) => call('console.usbImport', input),
    'console.settings': (input) => call('console.settings', input),
    'console.saveSettings': (input) => call('console.saveSettings', input),
    'console.stats': (input) => call('console.stats', input),
    'console.exportStats': (input) => call('console.exportStats', input),
    'console.skm': (input) => call('console.skm', input),
    'console.exportSkm': (input) => call('console.exportSkm', input),
    'console.audit': (input) => call('console.audit', input),
    'console.accounts': (input) => call('console.accounts', input),
    'console.addAccount': (input) => call('console.addAccount', input),
    'console.training': (input) => call('console.training', input),
    'console.wipeTraining': (input) => call('console.wipeTraining', input),
    'console.exit': (input) => call('console.exit', input),
    on,
  };
}
