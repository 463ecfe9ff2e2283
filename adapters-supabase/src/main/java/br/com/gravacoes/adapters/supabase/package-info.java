/**
 * The Supabase adapter: mirrors each recording to its tenant's Supabase project with the same
 * PostgREST upsert the seed's supabase-js call sends, in batches, and runs the delivery worker that
 * drains the outbox on the container's managed executor.
 */
package br.com.gravacoes.adapters.supabase;
