// The meeting page (/reunioes/{roomId}): the title, the <gravacao-toggle>, and the header
// indicator that follows the toggle's events.
import './gravacao-toggle.js';
import { api, signIn } from './api.js';
import { setUpHeader } from './header.js';

const PREFIX = '/reunioes/';
const title = document.getElementById('titulo-reuniao');
const room = document.getElementById('sala');
const indicator = document.getElementById('indicador-gravando');
const controls = document.getElementById('controles');
const errorBox = document.getElementById('erro');

function roomIdFromPath() {
  try {
    return decodeURIComponent(location.pathname.slice(PREFIX.length));
  } catch {
    return '';
  }
}

function showError(heading, text) {
  title.textContent = heading;
  document.title = `${heading} · Gravações`;
  errorBox.textContent = text;
  errorBox.hidden = false;
}

document.addEventListener('gravacao-estado', (event) => {
  indicator.hidden = !event.detail.gravando;
});
// The session ended while the page was open (the toggle's calls answer 401): sign in again.
document.addEventListener('gravacao-erro', (event) => {
  if (event.detail.status === 401) signIn();
});

async function load(roomId) {
  try {
    const meeting = await api(`/api/reunioes/${encodeURIComponent(roomId)}`);
    title.textContent = meeting.titulo || meeting.roomId;
    document.title = `${title.textContent} · Gravações`;
    room.textContent = `Sala ${meeting.roomId}`;
    const toggle = document.createElement('gravacao-toggle');
    toggle.setAttribute('room-id', meeting.roomId);
    controls.prepend(toggle);
    controls.hidden = false;
  } catch (error) {
    if (error.status === 404) {
      showError(
        'Reunião não encontrada',
        `Não existe reunião com a sala “${roomId}” no seu tenant. Confira o endereço ou escolha uma reunião na lista.`,
      );
    } else {
      showError('Não foi possível abrir a reunião', `${error.message}. Recarregue a página para tentar de novo.`);
    }
  }
}

setUpHeader();
const roomId = roomIdFromPath();
if (roomId) {
  load(roomId);
} else {
  showError('Reunião não encontrada', 'O endereço não diz qual reunião abrir.');
}
