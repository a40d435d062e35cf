package dev.trustportal.ui.security.oidc;

/** The part of the token endpoint's answer the portal keeps: the ID token, not yet verified. */
record TokenResponse(String idToken) {

  @Override
  public String toString() {
    return "TokenResponse[idToken=...]";
  }
}
