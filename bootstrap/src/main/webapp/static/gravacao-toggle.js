// <gravacao-toggle room-id api-base token>: the meeting's recording button, usable on any page.
import { openEventStream } from './event-stream.js';
import { applyRecordingChange } from './recording-change.js';
import { toggleStyles } from './gravacao-toggle-styles.js';
import { TEXTS, deniedText, errorText } from './gravacao-toggle-texts.js';

const TOAST_MS = 4000;
const ERROR_TOAST_MS = 7000;

const ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">' +
  '<circle cx="12" cy="12" r="9" stroke="currentColor" stroke-width="2"></circle></svg>';

class GravacaoToggle extends HTMLElement {
  static observedAttributes = ['room-id', 'api-base', 'token'];

  #recording = false;
  #activeId = null;
  #busy = false;
  #connected = false;
  #announced = false;
  #missedEvents = false;
  #stream = null;
  #loads = 0;
  #button;
  #toasts;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [toggleStyles()];
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.className = 'toggle';
    this.#button.innerHTML = ICON;
    this.#button.addEventListener('click', () => this.#toggle());
    this.#toasts = document.createElement('div');
    this.#toasts.className = 'toasts';
    root.append(this.#button, this.#toasts);
    this.#render();
  }

  /** Whether the meeting is being recorded, as last known. */
  get gravando() {
    return this.#recording;
  }

  connectedCallback() {
    this.#connected = true;
    this.#connect();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#stream?.close();
    this.#stream = null;
  }

  attributeChangedCallback(name, before, after) {
    // Before connectedCallback (an upgrade sets every attribute first) there is nothing to redo.
    if (before !== after && this.#connected) this.#connect();
  }

  get #roomId() {
    return (this.getAttribute('room-id') || '').trim();
  }

  #url(path) {
    return (this.getAttribute('api-base') || '').replace(/\/+$/, '') + path;
  }

  #headers(extra = {}) {
    const token = this.getAttribute('token');
    return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
  }

  #connect() {
    this.#stream?.close();
    this.#stream = null;
    this.#announced = false;
    if (!this.#roomId) return;
    this.#loadState(true);
    const query = `?roomId=${encodeURIComponent(this.#roomId)}`;
    this.#stream = openEventStream(this.#url(`/api/gravacoes/eventos${query}`), {
      headers: this.#headers(),
      credentials: 'same-origin',
      onEvent: (type, data) => this.#onServerEvent(type, data),
      onStatus: (status) => this.#emit('gravacao-erro', { mensagem: deniedText(status), status }),
    });
  }

  /**
   * The real state, from the API: at connect (`first`: a failure is shown) and again, quietly,
   * whenever the event stream (re)starts or changed while a request of ours was in flight.
   */
  async #loadState(first = false) {
    const load = ++this.#loads;
    try {
      const response = await fetch(this.#url(`/api/reunioes/${encodeURIComponent(this.#roomId)}`), {
        headers: this.#headers({ Accept: 'application/json' }),
        credentials: 'same-origin',
        cache: 'no-store',
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (first) this.#failed(errorText(body, response.status), response.status);
        return;
      }
      // A newer read, or a click since this read started, decides instead.
      if (load !== this.#loads) return;
      if (this.#busy) {
        this.#missedEvents = true;
        return;
      }
      this.#activeId = body.gravacao?.id ?? null;
      // The first state read is announced even when it is the default one.
      const announce = !this.#announced;
      this.#announced = true;
      this.#setRecording(Boolean(body.gravando), announce);
    } catch {
      if (first) this.#failed(TEXTS.offline, 0);
    }
  }

  #onServerEvent(type, data) {
    if (type === 'pronto') {
      this.#loadState();
      return;
    }
    if (type !== 'gravacao') return;
    let recording;
    try {
      recording = JSON.parse(data);
    } catch {
      return;
    }
    if (recording.roomId100ms !== this.#roomId) return;
    if (this.#busy) {
      // Our own request decides; whatever changed meanwhile is read again when it ends.
      this.#missedEvents = true;
      return;
    }
    this.#applyRecording(recording);
  }

  #applyRecording(recording) {
    const next = applyRecordingChange(this.#activeId, recording);
    if (!next) return;
    this.#activeId = next.activeId;
    this.#setRecording(next.gravando);
  }

  async #toggle() {
    if (this.#busy || !this.#roomId) return;
    const starting = !this.#recording;
    this.#busy = true;
    this.#missedEvents = false;
    // A state read already in flight may have started before this click: its answer is stale.
    this.#loads++;
    this.#setRecording(starting);
    try {
      const response = await fetch(this.#url(`/api/100ms/recording/${starting ? 'start' : 'stop'}`), {
        method: 'POST',
        headers: this.#headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
        credentials: 'same-origin',
        body: JSON.stringify({ roomId: this.#roomId }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        this.#succeeded(starting, body);
      } else {
        this.#refused(starting, response.status, body);
      }
    } catch {
      this.#setRecording(!starting);
      this.#failed(TEXTS.offline, 0);
    } finally {
      this.#busy = false;
      this.#render();
      // A first read dropped because of the click is made again, so the state is announced.
      if (this.#missedEvents || !this.#announced) this.#loadState();
    }
  }

  #succeeded(starting, body) {
    const recording = body.recording;
    if (recording) {
      this.#activeId = recording.status === 'recording' ? recording.id : null;
      this.#setRecording(recording.status === 'recording');
    }
    this.#toast(starting ? TEXTS.started : TEXTS.stopped);
    this.#emit(starting ? 'gravacao-iniciada' : 'gravacao-parada', {
      roomId: this.#roomId,
      recording: recording ?? null,
    });
  }

  #refused(starting, status, body) {
    if (status === 409 && body.error === TEXTS.alreadyRecording) {
      this.#activeId = body.recording?.id ?? this.#activeId;
      this.#setRecording(true);
    } else if (status === 409 && body.error === TEXTS.notRecording) {
      this.#activeId = null;
      this.#setRecording(false);
    } else {
      this.#setRecording(!starting);
    }
    this.#failed(errorText(body, status), status);
  }

  /** An error toast and the gravacao-erro event: the same text, without the emoji in the event. */
  #failed(message, status) {
    this.#toast(`❌ ${message}`, true);
    this.#emit('gravacao-erro', { mensagem: message, status });
  }

  #setRecording(recording, always = false) {
    const changed = recording !== this.#recording;
    this.#recording = recording;
    this.#render();
    if (changed || always) this.#emit('gravacao-estado', { roomId: this.#roomId, gravando: recording });
  }

  #render() {
    const title = this.#recording ? TEXTS.stop : TEXTS.start;
    this.#button.classList.toggle('recording', this.#recording);
    this.#button.title = title;
    this.#button.setAttribute('aria-label', title);
    this.#button.setAttribute('aria-pressed', String(this.#recording));
    this.#button.disabled = this.#busy;
    this.#button.setAttribute('aria-busy', String(this.#busy));
  }

  #toast(text, error = false) {
    const toast = document.createElement('div');
    toast.className = error ? 'toast error' : 'toast';
    toast.setAttribute('role', 'status');
    toast.textContent = text;
    this.#toasts.append(toast);
    setTimeout(() => toast.remove(), error ? ERROR_TOAST_MS : TOAST_MS);
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('gravacao-toggle')) {
  customElements.define('gravacao-toggle', GravacaoToggle);
}
