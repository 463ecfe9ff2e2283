package br.com.gravacoes.bootstrap.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the web interface's pages from {@code /WEB-INF/paginas}: each is a static HTML file whose
 * ES module reads what it needs (the room of {@code /reunioes/{roomId}} comes from the URL), so one
 * servlet maps the clean URLs without templates. The site root sends the browser to the meetings.
 */
@WebServlet(
    name = "PageServlet",
    urlPatterns = {"", "/entrar", "/reunioes", "/reunioes/*", "/gravacoes"})
public class PageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    String room = request.getPathInfo();
    if (path.isEmpty() || path.equals("/")) {
      response.sendRedirect(request.getContextPath() + "/reunioes");
      return;
    }
    if (path.equals("/reunioes") && room != null && room.equals("/")) {
      response.sendRedirect(request.getContextPath() + "/reunioes");
      return;
    }
    String page = path.equals("/reunioes") && room != null ? "reuniao" : path.substring(1);
    try (InputStream html =
        getServletContext().getResourceAsStream("/WEB-INF/paginas/" + page + ".html")) {
      if (html == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType("text/html;charset=UTF-8");
      html.transferTo(response.getOutputStream());
    }
  }
}
