package br.com.gravacoes.simulator;

/** The 100ms API operations the simulator can slow down or fail on purpose. */
public enum SimulatedOperation {
  START,
  STOP_ROOM,
  STOP_RECORDING,
  GET_RECORDING,
  LIST_RECORDINGS,
  GET_ASSET,
  PRESIGNED_URL,
  /** Every API operation, on top of the rules of the operation itself. */
  ANY
}
