/** The staff session cookie's name (no imports, so the proxy can use it). */
export const SESSION_COOKIE = "navigator_staff_session";
