// What <gravacao-toggle> says, in the seed's words: titles, toasts and error texts.

export const TEXTS = {
  start: 'Iniciar gravação',
  stop: 'Parar gravação',
  started: '✅ Gravação iniciada!',
  stopped: '⏸️ Gravação parada! O vídeo será processado em breve.',
  offline: 'Sem conexão com o servidor',
  alreadyRecording: 'Já existe uma gravação em andamento nesta reunião',
  notRecording: 'Nenhuma gravação em andamento nesta reunião',
};

/** What a refused event stream means for the person. */
export function deniedText(status) {
  return status === 401 ? 'Não autenticado' : 'Acesso restrito a administradores';
}

/** "❌ " is added by the caller: the server's error, with its reason when it gives one. */
export function errorText(body, status) {
  const error = typeof body?.error === 'string' && body.error ? body.error : `Erro ${status}`;
  return typeof body?.message === 'string' && body.message ? `${error} — ${body.message}` : error;
}

