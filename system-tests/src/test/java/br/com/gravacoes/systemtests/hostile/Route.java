package br.com.gravacoes.systemtests.hostile;

/** A method and a concrete path of the API, with the body that a request to it carries. */
record Route(String endpoint, String method, String path, String jsonBody) {

  HostileCase.Builder request(String category) {
    HostileCase.Builder builder = HostileCase.of(category, endpoint, method, path);
    return jsonBody == null ? builder : builder.json(jsonBody);
  }
}
