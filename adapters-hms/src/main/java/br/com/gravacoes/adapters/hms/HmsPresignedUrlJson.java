package br.com.gravacoes.adapters.hms;

/** 100ms's answer to a presigned-URL request: the URL and how many seconds it lives. */
public class HmsPresignedUrlJson {
  public String id;
  public String path;
  public String url;
  public Long expiry;
}
