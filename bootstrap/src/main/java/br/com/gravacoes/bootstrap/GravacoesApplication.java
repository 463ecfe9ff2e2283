package br.com.gravacoes.bootstrap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every resource lives under {@code /api}, as in the seed. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "gravacoes",
            version = "0.1.0",
            description =
                "Gravação sob demanda de reuniões 100ms: iniciar e parar gravações, a biblioteca de"
                    + " vídeos, as integrações (100ms e Supabase), a auditoria e o webhook do"
                    + " 100ms. Toda rota exige o JWT de um administrador do tenant (Authorization:"
                    + " Bearer), exceto o webhook, que usa o header secreto. Erros são sempre JSON"
                    + " {\"error\": \"...\"} em português."),
    security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
@SecurityScheme(
    securitySchemeName = "segredo-webhook",
    description =
        "O segredo do webhook (gravacoes.webhook.secret), no header gravacoes.webhook.header",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    apiKeyName = "X-Gravacoes-Webhook-Secret")
public class GravacoesApplication extends Application {}
