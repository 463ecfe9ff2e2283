package br.com.gravacoes.adapters.hms;

/** A recording asset as 100ms's API v2 writes it (only the fields we read). */
public class HmsAssetJson {
  public String id;
  public String type;
  public String status;
  public String path;
  public Long size;
  public Double duration;
}
