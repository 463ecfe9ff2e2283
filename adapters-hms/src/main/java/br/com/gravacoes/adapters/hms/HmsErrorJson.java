package br.com.gravacoes.adapters.hms;

import java.util.List;

/** 100ms's error body: {@code {"code": 401, "message": "...", "details": [...]}}. */
public class HmsErrorJson {
  public Integer code;
  public String message;
  public List<String> details;
}
