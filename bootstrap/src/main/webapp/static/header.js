// The pages' header: marks the current section and signs out with button#sair.
import { api } from './api.js';

export function setUpHeader() {
  for (const link of document.querySelectorAll('header nav a')) {
    const section = link.getAttribute('href');
    if (location.pathname === section || location.pathname.startsWith(`${section}/`)) {
      link.setAttribute('aria-current', 'page');
    }
  }
  const signOut = document.getElementById('sair');
  signOut?.addEventListener('click', async () => {
    signOut.disabled = true;
    try {
      await api('/api/sessao', { method: 'DELETE' });
    } finally {
      location.assign('/entrar');
    }
  });
}
