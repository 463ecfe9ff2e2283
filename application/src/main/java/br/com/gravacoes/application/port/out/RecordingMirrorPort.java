package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.MirrorProject;
import java.util.List;

/** Writes recordings into a tenant's own project (its Supabase), creating or replacing rows. */
public interface RecordingMirrorPort {

  /**
   * Creates or replaces every row in one request: all of them are written, or none.
   *
   * @throws MirrorUnavailableException the project could not take them now (down, slow, 5xx, 429)
   * @throws MirrorRejectedException the project refused them and will again (bad key, no table)
   */
  void upsert(MirrorProject project, List<MirroredRecording> rows);

  /**
   * Sends the request an upsert sends, with no rows: proves the URL, the key, the table and its
   * columns without changing anything.
   *
   * @return accepted, or the part of the project's setup that refuses the rows
   * @throws MirrorUnavailableException the project could not be reached or answered (down, slow,
   *     5xx, 429)
   * @throws MirrorRejectedException the project refused the request for another reason
   */
  MirrorProjectCheck check(MirrorProject project);
}
