// The sign-in page (/entrar): token → session cookie, or the demo shortcut, then back to ?volta=.

const form = document.getElementById('form-entrada');
const tokenField = document.getElementById('token');
const signInButton = document.getElementById('entrar');
const demoButton = document.getElementById('entrar-demo');
const demoSeparator = document.getElementById('separador-demo');
const errorBox = document.getElementById('erro-entrada');

/**
 * Only a page of this site. The raw text is refused if it has a tab, newline or backslash
 * (browsers drop or rewrite those, so "/\t/evil.com" would become "//evil.com"); what is left is
 * resolved against this origin and kept only if it stays here.
 */
function destination() {
  const back = new URLSearchParams(location.search).get('volta');
  if (!back || !back.startsWith('/') || /[\t\n\r\\]/.test(back)) return '/reunioes';
  try {
    const url = new URL(back, location.origin);
    if (url.origin === location.origin) return url.pathname + url.search + url.hash;
  } catch {
    // not a URL: the default below
  }
  return '/reunioes';
}

function showError(text) {
  errorBox.textContent = text;
  errorBox.hidden = !text;
}

async function send(url, headers) {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers });
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    location.assign(destination());
    return;
  }
  if (response.status === 401) {
    showError('Token inválido ou expirado. Confira se copiou o token inteiro.');
  } else {
    showError(body.error || `Não foi possível entrar (erro ${response.status}).`);
  }
}

async function attempt(button, action) {
  showError('');
  signInButton.disabled = true;
  demoButton.disabled = true;
  try {
    await action();
  } catch {
    showError('Sem conexão com o servidor. Tente novamente.');
  } finally {
    signInButton.disabled = false;
    demoButton.disabled = false;
    button.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenField.value.trim().replace(/^Bearer\s+/i, '');
  if (!token) {
    showError('Cole o token de acesso para entrar.');
    tokenField.focus();
    return;
  }
  attempt(signInButton, () =>
    send('/api/sessao', { Authorization: `Bearer ${token}`, Accept: 'application/json' }),
  );
});

demoButton.addEventListener('click', () =>
  attempt(demoButton, () => send('/api/sessao/demo', { Accept: 'application/json' })),
);

(async () => {
  try {
    const response = await fetch('/api/sessao/demo', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = response.ok ? await response.json() : {};
    demoButton.hidden = body.disponivel !== true;
    demoSeparator.hidden = demoButton.hidden;
  } catch {
    demoButton.hidden = true;
  }
})();
