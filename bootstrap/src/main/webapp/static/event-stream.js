// Server-Sent Events read with fetch (EventSource cannot send an Authorization header), with
// reconnection and backoff; shared by the drop-in component and the pages.

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10000;

/**
 * Opens `url` as an event stream and keeps it open until `close()` is called.
 * onEvent(type, data) is called for each event ("message" when it has no "event:" line);
 * onStatus(status) for an HTTP refusal that retrying cannot fix (401, 403): the stream stops.
 */
export function openEventStream(url, { headers = {}, credentials = 'same-origin', onEvent, onStatus } = {}) {
  const control = new AbortController();
  let delay = FIRST_DELAY_MS;

  const wait = (ms) =>
    new Promise((resolve) => {
      const onAbort = () => clearTimeout(timer);
      const timer = setTimeout(() => {
        control.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      control.signal.addEventListener('abort', onAbort, { once: true });
    });

  async function readOnce() {
    const response = await fetch(url, {
      headers: { Accept: 'text/event-stream', ...headers },
      credentials,
      cache: 'no-store',
      signal: control.signal,
    });
    if (response.status === 401 || response.status === 403) {
      onStatus?.(response.status);
      return false;
    }
    if (!response.ok || !response.body) {
      throw new Error(`HTTP ${response.status}`);
    }
    await readEvents(response.body, (type, data) => {
      delay = FIRST_DELAY_MS;
      onEvent?.(type, data);
    });
    return true;
  }

  (async () => {
    while (!control.signal.aborted) {
      try {
        if (!(await readOnce())) return;
      } catch (error) {
        if (control.signal.aborted) return;
      }
      await wait(delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  })();

  return { close: () => control.abort() };
}

/** Parses an event stream body: "field: value" lines, a blank line ends an event, ":" is a comment. */
async function readEvents(body, dispatch) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let type = '';
  let data = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    // Lines end with "\r\n", "\n" or a lone "\r". A "\r" at the end of a chunk stays in the
    // buffer: its "\n" may be in the next chunk.
    const lines = buffer.split(/\r\n|\n|\r(?!$)/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) dispatch(type || 'message', data.join('\n'));
        type = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let content = colon < 0 ? '' : line.slice(colon + 1);
      if (content.startsWith(' ')) content = content.slice(1);
      if (field === 'event') type = content;
      else if (field === 'data') data.push(content);
    }
  }
}
