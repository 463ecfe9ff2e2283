// The recordings page (/gravacoes): the table, "Carregar mais", live rows, refresh and playback.
import { api } from './api.js';
import { setUpHeader } from './header.js';
import { followRecordings } from './recording-events.js';
import { STATUS_TEXT, dateTime, duration, size } from './formatting.js';

const PAGE_SIZE = 20;
const table = document.getElementById('gravacoes');
const rows = table.tBodies[0];
const loading = document.getElementById('carregando');
const empty = document.getElementById('vazio');
const errorBox = document.getElementById('erro');
const notice = document.getElementById('aviso');
const more = document.getElementById('carregar-mais');
const playerBox = document.getElementById('reprodutor');
const playerTitle = document.getElementById('titulo-reprodutor');
const player = document.getElementById('player');
let nextCursor = null;
/** Counts row changes: a snapshot requested before a row's last change must not undo it. */
let changes = 0;
/** The newest first-page request: an older one's answer is ignored. */
let firstPageRequests = 0;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function button(className, text, label, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `botao pequeno ${className}`;
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', () => action(element));
  return element;
}

function row(recording) {
  const tr = document.createElement('tr');
  tr.dataset.id = recording.id;
  tr.dataset.createdAt = recording.createdAt || '';
  tr.dataset.change = String(++changes);
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.dataset.status = recording.status;
  chip.textContent = STATUS_TEXT[recording.status] || recording.status;
  const statusCell = document.createElement('td');
  statusCell.append(chip);
  const when = dateTime(recording.startedAt || recording.createdAt);
  const actions = document.createElement('td');
  actions.className = 'acoes';
  actions.append(button('atualizar', 'Atualizar', `Atualizar a gravação de ${when}`, (b) => refresh(recording.id, b)));
  if (recording.status === 'completed') {
    actions.append(button('assistir', 'Assistir', `Assistir à gravação de ${when}`, (b) => play(recording, b)));
  }
  tr.append(
    statusCell,
    cell(recording.roomId100ms || '—'),
    cell(when),
    cell(duration(recording.duration)),
    cell(size(recording.fileSize)),
    actions,
  );
  return tr;
}

function showNotice(text) {
  notice.textContent = text;
  notice.hidden = !text;
}

function updateEmptyState() {
  empty.hidden = rows.rows.length > 0 || !errorBox.hidden;
}

/** Replaces the recording's row, or puts a new recording on top; older unseen ones come with paging. */
function upsert(recording) {
  const current = rows.querySelector(`tr[data-id="${CSS.escape(recording.id)}"]`);
  if (current) {
    current.replaceWith(row(recording));
    return;
  }
  const newest = rows.rows[0]?.dataset.createdAt;
  if (newest && recording.createdAt && new Date(recording.createdAt) < new Date(newest)) return;
  rows.prepend(row(recording));
  updateEmptyState();
}

async function loadPage(cursor) {
  const query = new URLSearchParams({ limite: String(PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  more.disabled = true;
  try {
    // Only appended, never replacing rows: events may have updated some during the request.
    const page = await api(`/api/gravacoes?${query}`);
    for (const recording of page.items) {
      if (!rows.querySelector(`tr[data-id="${CSS.escape(recording.id)}"]`)) rows.append(row(recording));
    }
    nextCursor = page.nextCursor ?? null;
    errorBox.hidden = true;
  } catch (error) {
    errorBox.textContent = `Não foi possível carregar as gravações: ${error.message}. Recarregue a página para tentar de novo.`;
    errorBox.hidden = false;
  } finally {
    loading.hidden = true;
    more.hidden = nextCursor === null;
    more.disabled = false;
    updateEmptyState();
  }
}

async function refresh(id, trigger) {
  trigger.disabled = true;
  showNotice('');
  try {
    const { recording } = await api(`/api/gravacoes/${encodeURIComponent(id)}/refresh`, { method: 'POST' });
    upsert(recording);
  } catch (error) {
    showNotice(`Não foi possível atualizar a gravação: ${error.message}.`);
    trigger.disabled = false;
  }
}

/** Asks for a fresh playback URL every time: presigned URLs expire. */
async function play(recording, trigger) {
  trigger.disabled = true;
  showNotice('');
  try {
    const { url } = await api(`/api/gravacoes/${encodeURIComponent(recording.id)}/playback`);
    playerTitle.textContent = `${recording.roomId100ms || 'Gravação'} · ${dateTime(recording.startedAt || recording.createdAt)}`;
    player.src = url;
    player.muted = true;
    playerBox.hidden = false;
    playerBox.scrollIntoView({ behavior: 'smooth', block: 'start' });
    player.play().catch(() => {
      // The person can still press play: autoplay may be refused by the browser.
    });
  } catch (error) {
    showNotice(`Não foi possível abrir o vídeo: ${error.message}.`);
  } finally {
    trigger.disabled = false;
  }
}

document.getElementById('fechar-reprodutor').addEventListener('click', () => {
  player.pause();
  player.removeAttribute('src');
  player.load();
  playerBox.hidden = true;
});
more.addEventListener('click', () => loadPage(nextCursor));

setUpHeader();
loadPage(null);
// On every (re)connection the newest page is merged in: changes made while disconnected show up.
followRecordings({ onRecording: upsert, onReady: mergeFirstPage });

/**
 * The newest page again, merged into the table without losing the older pages shown. Rows the
 * page no longer has, within the span it covers, were deleted on the server (a start that 100ms
 * refused): they go. Rows an event changed while the page was requested keep the event's state.
 */
async function mergeFirstPage() {
  const request = ++firstPageRequests;
  const since = changes;
  let page;
  try {
    page = await api(`/api/gravacoes?limite=${PAGE_SIZE}`);
  } catch {
    return; // The next event or reconnection tries again.
  }
  if (request !== firstPageRequests) return;
  const changedSince = (tr) => Number(tr.dataset.change) > since;
  const fresh = new Set(page.items.map((recording) => recording.id));
  const last = page.items.at(-1)?.createdAt;
  const covered = (tr) =>
    page.nextCursor == null || !last || !tr.dataset.createdAt || new Date(tr.dataset.createdAt) > new Date(last);
  for (const tr of [...rows.rows]) {
    if (!fresh.has(tr.dataset.id) && covered(tr) && !changedSince(tr)) tr.remove();
  }
  for (const recording of [...page.items].reverse()) {
    const current = rows.querySelector(`tr[data-id="${CSS.escape(recording.id)}"]`);
    if (!current || !changedSince(current)) upsert(recording);
  }
  updateEmptyState();
}
