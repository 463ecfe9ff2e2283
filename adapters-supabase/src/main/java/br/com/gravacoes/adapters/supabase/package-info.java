/**
 * The Supabase adapter: mirrors each recording to its tenant's Supabase project with the same
 * PostgREST upsert the seed's supabase-js call sends. Empty until the mirror is built (issue "A
 * Supabase mirror that never loses a row").
 */
package br.com.gravacoes.adapters.supabase;
