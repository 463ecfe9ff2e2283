/**
 * Encryption at rest for integration secrets (100ms app secrets, Supabase service keys): AES-GCM
 * with the key id stored beside each value, so keys can be rotated without losing data. Plain Java,
 * no CDI and no JPA: the repositories call it, {@code SecretSettings} builds the key ring from
 * configuration, and {@code SecretResealer} moves stored values to the active key at startup.
 */
package br.com.gravacoes.adapters.persistence.crypto;
