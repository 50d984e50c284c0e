// Signing in with an OIDC provider: authorization code flow with PKCE (S256), public client.
// The provider's access token must carry the same `grants` claim as development tokens and
// the audience the services expect (see docs/web.md). Nothing secret lives in the browser.

const STATE = "nithet.oidc";

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString(size = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

export async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(digest);
}

/** Redirect the browser to the provider's authorization endpoint. */
export async function beginSignIn(config, returnTo = "/") {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(STATE, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(config.authorize_url);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: config.client_id,
    redirect_uri: location.origin + config.redirect_path,
    scope: config.scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/** On /auth/callback: exchange the code for tokens; answers {token, returnTo}. */
export async function completeSignIn(config) {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem(STATE) || "null");
  sessionStorage.removeItem(STATE);
  if (params.get("error")) throw new Error(params.get("error_description") || params.get("error"));
  if (!saved || saved.state !== params.get("state")) throw new Error("state mismatch");
  const response = await fetch(config.token_url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: params.get("code") || "",
      redirect_uri: location.origin + config.redirect_path,
      client_id: config.client_id,
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const tokens = await response.json();
  return { token: tokens.access_token, returnTo: saved.returnTo || "/" };
}
