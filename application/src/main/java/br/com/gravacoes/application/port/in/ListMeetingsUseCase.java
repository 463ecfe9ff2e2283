package br.com.gravacoes.application.port.in;

import java.util.List;

/** The meetings of the caller's tenant, ordered by title, each with its active recording. */
public interface ListMeetingsUseCase {

  List<MeetingView> list(Actor actor);
}
