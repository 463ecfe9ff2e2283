package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web application's error page (web.xml {@code <error-page>}): whatever the container or Jersey
 * answers with an empty error (a path outside {@code /api}, a request line Jersey cannot parse, a
 * malformed header it refuses) goes out as the API's JSON error in Portuguese instead of Payara's
 * HTML error report. Called directly, it is a route that does not exist.
 */
@WebServlet(name = "JsonErrorPage", urlPatterns = JsonErrorPage.PATH)
public class JsonErrorPage extends HttpServlet {

  public static final String PATH = "/erro-http";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 404;
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String text = status >= 500 ? "Erro interno do servidor" : HttpErrorTexts.forStatus(status);
    response.getWriter().write(JSON.createObjectBuilder().add("error", text).build().toString());
  }
}
