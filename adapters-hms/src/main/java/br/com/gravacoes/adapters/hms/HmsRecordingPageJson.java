package br.com.gravacoes.adapters.hms;

import java.util.List;

/** One page of 100ms's recording list ({@code limit, data, last}), also the room-stop answer. */
public class HmsRecordingPageJson {
  public Integer limit;
  public List<HmsRecordingJson> data;
  public String last;
}
