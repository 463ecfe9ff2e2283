package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonErrorPageTest {

  @ParameterizedTest
  @CsvSource({
    "400, Requisição inválida",
    "404, Recurso não encontrado",
    "405, Método não permitido para este recurso",
    "500, Erro interno do servidor",
    "503, Erro interno do servidor",
    // Called directly, not as an error page: a route that does not exist.
    ", Recurso não encontrado"
  })
  void theContainersEmptyError_goesOutAsTheApisJsonErrorInPortuguese(Integer status, String text)
      throws Exception {
    Map<String, Object> answer = new HashMap<>();
    StringWriter body = new StringWriter();

    new JsonErrorPage().service(request(status), response(answer, body));

    assertThat(answer.get("status")).isEqualTo(status == null ? 404 : status);
    assertThat((String) answer.get("type")).startsWith("application/json");
    JsonObject json = Json.createReader(new StringReader(body.toString())).readObject();
    assertThat(json.getString("error")).isEqualTo(text);
  }

  private static HttpServletRequest request(Integer status) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            JsonErrorPageTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getAttribute")
                  && RequestDispatcher.ERROR_STATUS_CODE.equals(args[0])) {
                return status;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static HttpServletResponse response(Map<String, Object> answer, StringWriter body) {
    PrintWriter writer = new PrintWriter(body);
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            JsonErrorPageTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setStatus":
                  answer.put("status", args[0]);
                  return null;
                case "setContentType":
                  answer.put("type", args[0]);
                  return null;
                case "setHeader":
                  return null;
                case "getWriter":
                  return writer;
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }
}
