/** The agency API as a program uses it: JSON over HTTP with a session token. */

export interface Answer<T = any> {
  status: number;
  body: T;
}

export class AgencyClient {
  constructor(
    readonly baseUrl: string,
    public token: string | null = null,
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async signIn(username: string, password: string): Promise<void> {
    const answer = await this.call('POST', '/api/v1/session', { username, password });
    if (answer.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
    this.token = answer.body.token;
  }

  /** A new kiosk's prefix and enrolment code. */
  async newKiosk(name = 'Kios Uji'): Promise<{ prefix: string; code: string; answer: Answer }> {
    const answer = await this.call('POST', '/api/v1/kiosks', {
      name,
      serviceUnit: 'Mal Pelayanan Publik Kota Uji',
      address: 'Jl. Merdeka No. 1',
    });
    if (answer.status !== 201) throw new Error(`kiosk not created: ${JSON.stringify(answer.body)}`);
    return { prefix: answer.body.kiosk.prefix, code: answer.body.enrolment.code, answer };
  }
}
