package br.com.gravacoes.bootstrap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource lives under {@code /api}, as in the seed. */
@ApplicationPath("/api")
public class GravacoesApplication extends Application {}
