// How a change of one recording moves its meeting's "gravando" state; shared by <gravacao-toggle>
// and the meetings page so both read the event stream the same way.

/**
 * Given the id of the meeting's active recording (null when idle) and a changed recording of its
 * room, answers the new { activeId, gravando }, or null when the change does not move the state:
 * an older recording finishing while a newer one records, or a reservation the 100ms has not
 * confirmed yet (no recordingId100ms), which may still be undone.
 */
export function applyRecordingChange(activeId, recording) {
  if (recording.status === 'recording') {
    if (!recording.recordingId100ms && recording.id !== activeId) return null;
    return { activeId: recording.id, gravando: true };
  }
  if (activeId === null || recording.id === activeId) return { activeId: null, gravando: false };
  return null;
}
