package br.com.gravacoes.application.port.in;

/** Puts parked changes back in line, once a tenant has fixed its key or table. */
public interface RetryMirrorUseCase {

  /** Re-queues the parked changes of the actor's tenant; answers how many. */
  int retryParked(Actor actor);
}
