// The meetings page (/reunioes): the list, with a "gravando" badge kept live by the event stream.
import { api } from './api.js';
import { setUpHeader } from './header.js';
import { followRecordings } from './recording-events.js';
import { applyRecordingChange } from './recording-change.js';

const list = document.getElementById('reunioes');
const loading = document.getElementById('carregando');
const empty = document.getElementById('vazio');
const errorBox = document.getElementById('erro');
/** roomId → { meeting, item } */
const shown = new Map();
/** Counts live changes: a list requested before an entry's last change must not undo it. */
let changes = 0;
/** The newest list request: an older one's answer is ignored. */
let requests = 0;

function badge() {
  const span = document.createElement('span');
  span.className = 'badge-gravando';
  span.innerHTML = '<span class="ponto" aria-hidden="true"></span>';
  span.append('GRAVANDO');
  return span;
}

function item(meeting) {
  const li = document.createElement('li');
  li.dataset.roomId = meeting.roomId;
  const link = document.createElement('a');
  link.href = `/reunioes/${encodeURIComponent(meeting.roomId)}`;
  const title = document.createElement('span');
  title.className = 'titulo';
  title.textContent = meeting.titulo || meeting.roomId;
  const room = document.createElement('span');
  room.className = 'sala';
  room.textContent = meeting.roomId;
  link.append(title, room, badge());
  li.append(link);
  return li;
}

function showRecording(entry) {
  const recording = entry.meeting.gravando;
  entry.item.classList.toggle('gravando', recording);
  entry.item.querySelector('.badge-gravando').hidden = !recording;
}

async function load() {
  const request = ++requests;
  const since = changes;
  try {
    const { items } = await api('/api/reunioes');
    if (request !== requests) return;
    const before = new Map(shown);
    shown.clear();
    list.replaceChildren();
    for (const meeting of items) {
      const previous = before.get(meeting.roomId);
      if (previous && previous.changed > since) {
        // An event arrived during the request: it is newer than this list.
        meeting.gravando = previous.meeting.gravando;
        meeting.gravacao = previous.meeting.gravacao;
      }
      const entry = { meeting, item: item(meeting), changed: previous?.changed ?? 0 };
      shown.set(meeting.roomId, entry);
      showRecording(entry);
      list.append(entry.item);
    }
    errorBox.hidden = true;
    list.hidden = items.length === 0;
    empty.hidden = items.length > 0;
  } catch (error) {
    if (request !== requests) return;
    errorBox.textContent = `Não foi possível carregar as reuniões: ${error.message}.`;
    errorBox.hidden = false;
  } finally {
    loading.hidden = true;
  }
}

function onRecording(recording) {
  const entry = shown.get(recording.roomId100ms);
  if (!entry) return;
  const { meeting } = entry;
  const next = applyRecordingChange(meeting.gravacao?.id ?? null, recording);
  if (!next) return;
  meeting.gravando = next.gravando;
  meeting.gravacao = next.gravando ? recording : null;
  entry.changed = ++changes;
  showRecording(entry);
}

setUpHeader();
load();
followRecordings({ onRecording, onReady: load });
