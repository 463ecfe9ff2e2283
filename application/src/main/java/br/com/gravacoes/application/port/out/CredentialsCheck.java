package br.com.gravacoes.application.port.out;

/** What the video provider answered when asked whether it accepts a tenant's credentials. */
public enum CredentialsCheck {
  /** An authenticated call went through. */
  ACCEPTED,
  /** The provider does not know the access key. */
  UNKNOWN_ACCESS_KEY,
  /** The provider knows the access key, but the secret did not sign the token. */
  WRONG_SECRET,
  /** The provider refused the credentials without saying which part is wrong. */
  REFUSED
}
