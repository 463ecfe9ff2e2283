// How our pages call the API: same-origin cookie session, JSON in and out, sign-in on 401.
import { errorText } from './gravacao-toggle-texts.js';

/** An API refusal: the HTTP status and the server's Portuguese text. */
export class ApiError extends Error {
  constructor(status, body) {
    super(errorText(body, status));
    this.status = status;
    this.body = body;
  }
}

/** Sends the browser to the sign-in page, to come back here afterwards. */
export function signIn() {
  const back = location.pathname + location.search;
  location.assign(`/entrar?volta=${encodeURIComponent(back)}`);
}

/**
 * Calls the API and answers its JSON. A 401 leaves the page for the sign-in (the promise never
 * settles); other refusals throw ApiError; a network failure throws ApiError with status 0.
 */
export async function api(path, { method = 'GET', body } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { error: 'Sem conexão com o servidor' });
  }
  const json = await response.json().catch(() => ({}));
  if (response.status === 401) {
    signIn();
    return new Promise(() => {});
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}
