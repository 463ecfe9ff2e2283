package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.application.port.in.GetMeetingUseCase;
import br.com.gravacoes.application.port.in.ListMeetingsUseCase;
import br.com.gravacoes.application.port.in.WatchRecordingsUseCase;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.RecordingChangeFeed;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.service.MeetingLibraryService;
import br.com.gravacoes.application.service.WatchRecordingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Creates the services behind the live pages: meetings with their state, and the change watch. */
@ApplicationScoped
public class LiveProducers {

  @Produces
  @ApplicationScoped
  ListMeetingsUseCase listMeetings(MeetingRepository meetings, RecordingRepository recordings) {
    return new MeetingLibraryService(meetings, recordings);
  }

  @Produces
  @ApplicationScoped
  GetMeetingUseCase getMeeting(MeetingRepository meetings, RecordingRepository recordings) {
    return new MeetingLibraryService(meetings, recordings);
  }

  @Produces
  @ApplicationScoped
  WatchRecordingsUseCase watchRecordings(RecordingChangeFeed feed) {
    return new WatchRecordingsService(feed);
  }
}
