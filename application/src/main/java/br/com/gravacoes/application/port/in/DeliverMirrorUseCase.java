package br.com.gravacoes.application.port.in;

/** Sends one tenant's waiting recording changes to its mirror project (its Supabase). */
public interface DeliverMirrorUseCase {

  /** Claims the tenant that has waited longest and delivers its changes; idle when none is due. */
  MirrorDeliveryReport deliverNextTenant();
}
