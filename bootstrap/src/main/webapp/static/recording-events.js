// The pages' live feed: the tenant's recording changes (A3), and "pronto" when they must refetch.
import { openEventStream } from './event-stream.js';
import { signIn } from './api.js';

/** Calls onRecording(recording) for every change, and onReady() on every (re)connection. */
export function followRecordings({ roomId, onRecording, onReady }) {
  const query = roomId ? `?roomId=${encodeURIComponent(roomId)}` : '';
  return openEventStream(`/api/gravacoes/eventos${query}`, {
    onEvent: (type, data) => {
      if (type === 'pronto') onReady?.();
      if (type !== 'gravacao') return;
      try {
        onRecording(JSON.parse(data));
      } catch {
        // A change that is not JSON is not ours to show.
      }
    },
    onStatus: (status) => {
      if (status === 401) signIn();
    },
  });
}
