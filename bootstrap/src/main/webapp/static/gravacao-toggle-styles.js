// The look of <gravacao-toggle>, as a constructed style sheet: it works under a strict
// Content-Security-Policy (no inline <style>) on our pages and on anyone else's.

const CSS = `
:host { display: inline-block; }
:host([hidden]) { display: none; }
.toggle {
  width: 48px; height: 48px; border-radius: 12px; border: 0; padding: 0;
  display: inline-flex; align-items: center; justify-content: center;
  background: #27272a; color: #fff; cursor: pointer;
  transition: background-color 300ms, box-shadow 300ms, opacity 150ms;
}
.toggle:hover:not(:disabled) { background: #3f3f46; }
.toggle:focus-visible { outline: 3px solid #60a5fa; outline-offset: 3px; }
.toggle:disabled { cursor: progress; opacity: 0.8; }
.toggle svg { fill: none; }
.toggle.recording, .toggle.recording:hover:not(:disabled) {
  background: #ef4444;
  box-shadow: 0 0 0 4px rgba(239, 68, 68, 0.25), 0 10px 15px -3px rgba(239, 68, 68, 0.45);
}
.toggle.recording svg { fill: #fff; animation: pulse 2s cubic-bezier(0.4, 0, 0.6, 1) infinite; }
@keyframes pulse { 50% { opacity: 0.5; } }
.toasts {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  display: flex; flex-direction: column; gap: 8px; align-items: flex-end;
  pointer-events: none; max-width: min(420px, calc(100vw - 32px));
}
.toast {
  pointer-events: auto; background: #18181b; color: #fafafa; border-radius: 10px;
  border: 1px solid #3f3f46; padding: 12px 16px; box-shadow: 0 10px 25px rgba(0, 0, 0, 0.3);
  font: 500 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  animation: enter 200ms ease-out;
}
.toast.error { border-color: #7f1d1d; background: #450a0a; }
@keyframes enter { from { opacity: 0; transform: translateY(8px); } }
@media (prefers-reduced-motion: reduce) {
  .toggle { transition: none; }
  .toggle.recording svg, .toast { animation: none; }
}
`;

let sheet;

/** One sheet shared by every toggle of the page. */
export function toggleStyles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
