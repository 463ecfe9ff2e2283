package br.com.gravacoes.adapters.persistence;

/**
 * What the startup job found in one secret column, in numbers only.
 *
 * @param sealed plain-text values it sealed
 * @param resealed values it moved from another key to the active one
 * @param current values already sealed with the active key
 * @param unreadable sealed values no configured key opens for their row (left as they are)
 * @param plainText plain-text values left as they are (no key configured)
 * @param changedMeanwhile values saved by someone else between its read and its write (kept)
 */
record ResealReport(
    SecretColumn column,
    int sealed,
    int resealed,
    int current,
    int unreadable,
    int plainText,
    int changedMeanwhile) {}
