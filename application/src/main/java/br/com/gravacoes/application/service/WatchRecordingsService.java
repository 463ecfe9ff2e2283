package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.RecordingWatcher;
import br.com.gravacoes.application.port.in.WatchRecordingsCommand;
import br.com.gravacoes.application.port.in.WatchRecordingsUseCase;
import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.port.out.RecordingChangeFeed;
import br.com.gravacoes.application.port.out.RecordingChangeListener;

/**
 * Passes on the changes of the actor's tenant (and room, when asked): the feed hears every tenant,
 * a watcher only ever hears of its own. A removed recording cannot be read, so its watchers are
 * told to read everything again instead.
 */
public final class WatchRecordingsService implements WatchRecordingsUseCase {

  private final RecordingChangeFeed feed;

  public WatchRecordingsService(RecordingChangeFeed feed) {
    this.feed = feed;
  }

  @Override
  public AutoCloseable watch(WatchRecordingsCommand command, RecordingWatcher watcher) {
    return feed.subscribe(
        new RecordingChangeListener() {
          @Override
          public void changed(RecordingChange change) {
            if (!concerns(command, change)) {
              return;
            }
            if (change.removed()) {
              watcher.resync();
            } else {
              watcher.changed(change.recordingId());
            }
          }

          @Override
          public void resync() {
            watcher.resync();
          }
        });
  }

  private static boolean concerns(WatchRecordingsCommand command, RecordingChange change) {
    return change.tenant().equals(command.actor().tenant())
        && command.room().map(room -> room.equals(change.roomId())).orElse(true);
  }
}
