package br.com.gravacoes.simulator;

import java.util.List;

/**
 * One page of recordings.
 *
 * @param last id to pass as {@code start} for the next page; null on the final page
 */
record RecordingPage(List<RecordingEntry> data, String last) {}
